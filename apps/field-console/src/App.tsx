import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, NavBar, Tabs } from 'antd-mobile';
import { HubError, request } from './api/client';
import { UnitsDocument } from './api/documents';
import { closeLiveEvents } from './api/live-events';
import { clearSession, loadSession, saveSession, type Session } from './api/session';
import { UnitNamesContext, type UnitNames } from './api/units';
import { ROLE, enumName } from './i18n/enums';
import { ApprovalQueueScreen } from './screens/ApprovalQueueScreen';
import { ComplaintsScreen } from './screens/ComplaintsScreen';
import { ConnectorHealthScreen } from './screens/ConnectorHealthScreen';
import { ExplorerScreen } from './screens/ExplorerScreen';
import { LoginScreen } from './screens/LoginScreen';
import { PermitCheckScreen } from './screens/PermitCheckScreen';
import { LazyStatisticsScreen } from './screens/LazyStatisticsScreen';
import { mayUseStatistics } from './statistics/roles';
import { SupervisionScreen } from './screens/SupervisionScreen';
import { TransferInboxScreen } from './screens/TransferInboxScreen';

// 协助请求 is not the first screen of anyone: its chunk is fetched when the tab is opened.
const AssistanceScreen = lazy(() => import('./screens/AssistanceScreen').then((module) => ({ default: module.AssistanceScreen })));

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [units, setUnits] = useState<UnitNames>(new Map());

  useEffect(() => {
    if (!session) return;
    let live = true;
    request(UnitsDocument, {}, { token: session.accessToken })
      .then(({ units: page }) => {
        if (live) setUnits(new Map(page.nodes.map((unit) => [unit.code, unit.name])));
      })
      .catch((error: unknown) => {
        // An expired or revoked token: back to sign-in. Anything else only costs the unit names.
        if (live && error instanceof HubError && error.code === 'UNAUTHENTICATED') signOut();
      });
    return () => {
      live = false;
    };
  }, [session]);

  function signIn(next: Session) {
    saveSession(next);
    setSession(next);
  }

  function signOut() {
    closeLiveEvents();
    clearSession();
    setSession(null);
    setUnits(new Map());
  }

  // 移送待办 reads transferInbox (policies.ts 'transfer.read': officers, leaders, supervisors).
  const readsTransfers = !!session && ['OFFICER', 'LEADER', 'SUPERVISOR'].some((role) => session.roles.includes(role));
  // 举报投诉 is worked by the unit's staff (policies.ts COMPLAINT_ACTION: officers and leaders).
  const works = !!session && (session.roles.includes('OFFICER') || session.roles.includes('LEADER'));
  // 督查 is the supervisors' and admins' only (the hub refuses it to every other role).
  const supervises = !!session && (session.roles.includes('SUPERVISOR') || session.roles.includes('ADMIN'));
  // 对接健康 and 接口调试: the unit's leaders (they manage its subscriptions and issue its API keys) and admins.
  const integrates = !!session && (session.roles.includes('LEADER') || session.roles.includes('ADMIN'));

  return (
    <div className="app">
      <NavBar
        back={null}
        right={
          session ? (
            <Button size="mini" fill="none" onClick={signOut}>
              退出登录
            </Button>
          ) : null
        }
      >
        执法终端
      </NavBar>
      {session ? (
        <UnitNamesContext.Provider value={units}>
          <div className="viewer" data-testid="viewer">
            {session.displayName} · {units.get(session.unitCode) ?? session.unitCode} ·{' '}
            {session.roles.map((role) => enumName(ROLE, role)).join('、')}
          </div>
          <Tabs
            defaultActiveKey={
              supervises
                ? 'supervision'
                : session.roles.includes('LEADER')
                  ? 'approvals'
                  : session.roles.includes('STATISTICIAN')
                    ? 'statistics'
                    : 'permit'
            }
          >
            {supervises ? (
              <Tabs.Tab title="督查督办" key="supervision">
                <SupervisionScreen token={session.accessToken} />
              </Tabs.Tab>
            ) : null}
            <Tabs.Tab title="许可核验" key="permit">
              <PermitCheckScreen token={session.accessToken} unitCode={session.unitCode} displayName={session.displayName} />
            </Tabs.Tab>
            {session.roles.includes('LEADER') ? (
              <Tabs.Tab title="移送审批" key="approvals">
                <ApprovalQueueScreen token={session.accessToken} />
              </Tabs.Tab>
            ) : null}
            {readsTransfers ? (
              <Tabs.Tab title="移送待办" key="inbox">
                <TransferInboxScreen token={session.accessToken} unitCode={session.unitCode} />
              </Tabs.Tab>
            ) : null}
            {works ? (
              <Tabs.Tab title="举报投诉" key="complaints">
                <ComplaintsScreen token={session.accessToken} unitCode={session.unitCode} />
              </Tabs.Tab>
            ) : null}
            {integrates ? (
              <Tabs.Tab title="对接健康" key="connector-health">
                <ConnectorHealthScreen token={session.accessToken} unitCode={session.unitCode} anyUnit={session.roles.includes('ADMIN')} />
              </Tabs.Tab>
            ) : null}
            {integrates ? (
              <Tabs.Tab title="接口调试" key="explorer">
                <ExplorerScreen token={session.accessToken} />
              </Tabs.Tab>
            ) : null}
            {mayUseStatistics(session.roles) ? (
              <Tabs.Tab title="统计报表" key="statistics">
                <LazyStatisticsScreen token={session.accessToken} />
              </Tabs.Tab>
            ) : null}
            {session.roles.includes('OFFICER') || session.roles.includes('LEADER') ? (
              <Tabs.Tab title="协助请求" key="assistance">
                <Suspense fallback={<div className="loading">正在加载…</div>}>
                  <AssistanceScreen token={session.accessToken} unitCode={session.unitCode} />
                </Suspense>
              </Tabs.Tab>
            ) : null}
          </Tabs>
        </UnitNamesContext.Provider>
      ) : (
        <LoginScreen onSignedIn={signIn} />
      )}
    </div>
  );
}
