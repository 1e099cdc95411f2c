import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { ErrorNotice } from '../components/ErrorNotice';

type ECharts = (typeof import('./echarts'))['echarts'];
let loading: Promise<ECharts> | null = null;

/** ECharts, fetched once as its own chunk the first time any screen draws a chart. */
export function loadECharts(): Promise<ECharts> {
  loading ??= import('./echarts').then((module) => module.echarts);
  return loading;
}

/**
 * One chart: `option` as ECharts takes it, drawn into a box `height` pixels high and the screen's width,
 * redrawn when the option changes and when the window is resized (a phone turned on its side).
 */
export function Chart({
  option,
  height = 240,
  testId,
  label,
}: {
  option: EChartsCoreOption;
  height?: number;
  testId?: string;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<ECharts['init']> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const onResize = () => chart.current?.resize();
    loadECharts().then(
      (echarts) => {
        if (!live || !box.current) return;
        chart.current = echarts.init(box.current, null, { renderer: 'svg' });
        chart.current.setOption(option);
        window.addEventListener('resize', onResize);
      },
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is made once per mount; later options go through setOption below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <>
      <div ref={box} className="chart" role="img" aria-label={label} data-testid={testId} style={{ height }} />
      {error ? <ErrorNotice error={error} /> : null}
    </>
  );
}
