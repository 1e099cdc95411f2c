import { describe, expect, it } from 'vitest';
import { formatAge, healthState, lagText, pendingRedelivery, redeliverText } from './connector-health';

describe('formatAge', () => {
  it('shows the two largest units and drops a trailing zero', () => {
    expect(formatAge(0)).toBe('0秒');
    expect(formatAge(42)).toBe('42秒');
    expect(formatAge(312)).toBe('5分12秒');
    expect(formatAge(60)).toBe('1分');
    expect(formatAge(3 * 86_400 + 2 * 3_600 + 59)).toBe('3天2小时');
    expect(formatAge(86_400 + 30)).toBe('1天');
    expect(formatAge(-5)).toBe('0秒');
  });
});

describe('lagText', () => {
  it('says caught up, the count with the oldest age, and a capped count', () => {
    expect(lagText({ events: 0, oldestSeconds: null })).toBe('已追平');
    expect(lagText({ events: 3, oldestSeconds: 125 })).toBe('积压 3 条事件，最早一条已等待2分5秒');
    expect(lagText({ events: 100_000, oldestSeconds: 7_200 })).toBe('积压 100000+ 条事件，最早一条已等待2小时');
  });
});

describe('healthState', () => {
  it('ranks paused, failing now, dead letters, healthy', () => {
    expect(healthState({ active: false, attempts: 3, deadLetters: 2 }).label).toBe('已暂停');
    expect(healthState({ active: true, attempts: 1, deadLetters: 2 })).toEqual({ label: '投递失败', color: 'danger' });
    expect(healthState({ active: true, attempts: 0, deadLetters: 2 })).toEqual({ label: '有死信', color: 'warning' });
    expect(healthState({ active: true, attempts: 0, deadLetters: null })).toEqual({ label: '正常', color: 'success' });
  });
});

describe('redelivery', () => {
  it("words the hub's count and counts the letters still waiting", () => {
    expect(redeliverText(2)).toBe('已安排重新投递 2 条死信，将先于新事件投递');
    expect(redeliverText(0)).toBe('没有待重新投递的死信');
    expect(pendingRedelivery([{ redeliverRequestedAt: null }, { redeliverRequestedAt: '2026-03-02T02:00:00Z' }, {}])).toBe(1);
  });
});
