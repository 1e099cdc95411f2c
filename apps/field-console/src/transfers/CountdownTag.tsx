import { Tag } from 'antd-mobile';
import { type Countdown, countdownText, type HeldCalendar, workingDayCountdown } from './countdown';

const COUNTDOWN_COLOR: Record<Countdown['kind'], 'primary' | 'danger' | 'warning'> = {
  LEFT: 'primary',
  TODAY: 'danger',
  OVERDUE: 'danger',
  CALENDAR_MISSING: 'warning',
};

/** A deadline as a working-day countdown on the hub's calendar; 已逾期 once the hub marked it overdue. */
export function CountdownTag({ dueAt, overdue, calendar }: { dueAt: string | null; overdue: boolean; calendar: HeldCalendar }) {
  if (!dueAt) return null;
  const countdown = workingDayCountdown(new Date(), new Date(dueAt), calendar);
  return (
    <Tag color={COUNTDOWN_COLOR[countdown.kind]} data-testid="countdown">
      {overdue ? '已逾期' : countdownText(countdown)}
    </Tag>
  );
}
