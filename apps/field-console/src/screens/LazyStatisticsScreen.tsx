import { lazy, Suspense } from 'react';

const StatisticsScreen = lazy(() => import('./StatisticsScreen').then((module) => ({ default: module.StatisticsScreen })));

/**
 * 统计报表 as a chunk of its own, fetched when the tab is first opened: the officer's first load (许可核验
 * on a phone) does not carry the statisticians' form and table.
 */
export function LazyStatisticsScreen({ token }: { token: string }) {
  return (
    <Suspense fallback={<div className="loading">加载中…</div>}>
      <StatisticsScreen token={token} />
    </Suspense>
  );
}
