import { Component, lazy, Suspense, type ReactNode } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import '../explorer/explorer.css';

// GraphiQL (and graphql-js with it) is its own chunk, fetched the first time the tab opens.
const GraphiqlPane = lazy(() => import('../explorer/GraphiqlPane'));

class LoadFailed extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <ErrorNotice error={this.state.error} /> : this.props.children;
  }
}

/**
 * 接口调试 (admins and unit leaders, who issue the API keys integrators work with): GraphiQL served by
 * the hub itself, no CDN, sending the session's token. Introspection is the hub's GRAPHQL_INTROSPECTION
 * (on unless the operator turned it off); without it queries still run, with no schema help.
 */
export function ExplorerScreen({ token }: { token: string }) {
  return (
    <div className="explorer" data-testid="explorer">
      <LoadFailed>
        <Suspense fallback={<div className="muted explorer-loading">正在加载接口调试工具…</div>}>
          <GraphiqlPane token={token} />
        </Suspense>
      </LoadFailed>
    </div>
  );
}
