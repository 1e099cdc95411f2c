import { useMemo } from 'react';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { hubFetcher, memoryStorage } from './fetcher';

const FIRST_QUERY = `# 接口调试：在此编写查询，点击 ▶ 运行；左侧“文档”按钮可浏览接口说明
{
  units(first: 3) {
    nodes {
      code
      name
    }
  }
}
`;

/** GraphiQL 4 (CodeMirror 5: no eval, no inline scripts, no workers) against this hub with the session token. */
export default function GraphiqlPane({ token }: { token: string }) {
  const fetcher = useMemo(() => hubFetcher(token), [token]);
  const storage = useMemo(() => memoryStorage(), []);
  return (
    <GraphiQL
      fetcher={fetcher}
      storage={storage}
      defaultQuery={FIRST_QUERY}
      shouldPersistHeaders={false}
      showPersistHeadersSettings={false}
      forcedTheme="light"
    />
  );
}
