/** One measured figure: the hub's path against its ceiling (the bare alternative), and the ratio. */
export interface Figure {
  scenario: string;
  metric: string;
  hub: number;
  ceiling: number;
  unit: string;
  /** true when more is better (throughput), false when less is (time, latency). */
  higherIsBetter: boolean;
  target?: number;
  notes?: string;
}

export function ratio(figure: Figure): number {
  return figure.higherIsBetter ? figure.hub / figure.ceiling : figure.ceiling / figure.hub;
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 1 : 2));

export function line(figure: Figure): string {
  const r = ratio(figure);
  const target =
    figure.target === undefined
      ? ''
      : `  target >= ${figure.target}x ${r >= figure.target ? 'met' : `MISSED by ${((1 - r / figure.target) * 100).toFixed(0)}%`}`;
  return `${figure.scenario.padEnd(8)} ${figure.metric.padEnd(34)} hub ${fmt(figure.hub).padStart(9)} ${figure.unit.padEnd(7)} ceiling ${fmt(figure.ceiling).padStart(9)} ${figure.unit.padEnd(7)} ratio ${r.toFixed(2)}x${target}${figure.notes ? `  (${figure.notes})` : ''}`;
}

/** Plain figures that have no ceiling (latencies, memory). */
export function note(scenario: string, text: string): string {
  return `${scenario.padEnd(8)} ${text}`;
}
