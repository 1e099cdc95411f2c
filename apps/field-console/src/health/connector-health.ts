/** The hub counts a subscription's lag up to this many events (subscriptions.repository.ts LAG_COUNT_LIMIT). */
export const LAG_COUNT_LIMIT = 100_000;

/** An age in seconds as an officer reads it: the two largest units, e.g. 「2天3小时」「5分12秒」. */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const units: Array<[number, string]> = [
    [86_400, '天'],
    [3_600, '小时'],
    [60, '分'],
    [1, '秒'],
  ];
  const parts: string[] = [];
  let rest = s;
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (parts.length > 0 && parts.length < 2)) parts.push(`${count}${name}`);
    if (parts.length === 2) break;
  }
  // 「1分0秒」reads as 「1分」.
  const shown = parts.filter((part, i) => i === 0 || !part.startsWith('0'));
  return shown.length ? shown.join('') : '0秒';
}

export interface LagLike {
  events: number;
  oldestSeconds: number | null;
}

/** 积压: how many events wait and how long the oldest has waited; 「已追平」 when none does. */
export function lagText(lag: LagLike): string {
  if (lag.events <= 0) return '已追平';
  const count = lag.events >= LAG_COUNT_LIMIT ? `${LAG_COUNT_LIMIT}+` : String(lag.events);
  const age = lag.oldestSeconds === null ? '' : `，最早一条已等待${formatAge(lag.oldestSeconds)}`;
  return `积压 ${count} 条事件${age}`;
}

export interface HealthInput {
  active: boolean;
  attempts: number;
  deadLetters: number | null;
}

export type HealthState = { label: string; color: 'success' | 'warning' | 'danger' | 'default' };

/**
 * One word for a subscription's state: 已暂停 (paused), 投递失败 (failing at its next event now),
 * 有死信 (delivering, but events were given up on), 正常 otherwise. A failure now outranks old dead letters.
 */
export function healthState(input: HealthInput): HealthState {
  if (!input.active) return { label: '已暂停', color: 'default' };
  if (input.attempts > 0) return { label: '投递失败', color: 'danger' };
  if ((input.deadLetters ?? 0) > 0) return { label: '有死信', color: 'warning' };
  return { label: '正常', color: 'success' };
}

/** What the hub's answer to 重新投递 says: how many dead letters it queued ahead of new events. */
export function redeliverText(queued: number): string {
  return queued > 0 ? `已安排重新投递 ${queued} 条死信，将先于新事件投递` : '没有待重新投递的死信';
}

/** A dead letter waits for its redelivery while the hub has the request and has not delivered it yet. */
export function pendingRedelivery(letters: ReadonlyArray<{ redeliverRequestedAt?: string | null }>): number {
  return letters.filter((letter) => !!letter.redeliverRequestedAt).length;
}
