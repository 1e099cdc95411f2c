import { shanghaiDate } from '../transfers/countdown';

/** The quarter an instant falls in, on the Shanghai calendar (the supervisors' 季度通报). */
export function currentQuarter(now: Date): { kind: 'QUARTER'; year: number; index: number } {
  const [year, month] = shanghaiDate(now).split('-').map(Number);
  return { kind: 'QUARTER', year, index: Math.floor((month - 1) / 3) + 1 };
}

/** A rate (0..1) as the office writes it: 87.5%. */
export function percent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
