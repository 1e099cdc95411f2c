import { toDeadlineModel } from './deadline.mapper';
import type { DeadlineView } from './deadlines.service';

const view: DeadlineView = {
  id: 'd-1',
  itemType: 'transfer',
  itemId: 'i-1',
  kind: 'SEND',
  clause: '§4(3)3①',
  startedAt: new Date('2026-03-02T02:00:00Z'),
  rule: { workingDays: 5 },
  ownerUnitCode: 'U-1',
  dueAt: new Date('2026-03-09T15:59:59.999Z'),
  remindAt: new Date('2026-03-08T16:00:00Z'),
  remindedAt: null,
  overdueAt: null,
  closedAt: null,
  outcome: null,
};

describe('toDeadlineModel', () => {
  it('shows the rule as its two lengths and the mark as overdue', () => {
    expect(toDeadlineModel(view)).toMatchObject({ rule: { workingDays: 5, hours: null }, overdue: false, overdueAt: null });
    const marked = toDeadlineModel({ ...view, rule: { hours: 24 }, overdueAt: new Date('2026-03-03T02:00:05Z') });
    expect(marked).toMatchObject({ rule: { workingDays: null, hours: 24 }, overdue: true, overdueAt: new Date('2026-03-03T02:00:05Z') });
  });

  it('names the kind in Chinese for its workflow, and by its code where the hub has no name', () => {
    expect(toDeadlineModel(view).kindName).toBe('移送');
    expect(toDeadlineModel({ ...view, kind: 'ANSWER' }).kindName).toBe('答复是否接收');
    expect(toDeadlineModel({ ...view, itemType: 'assistance', kind: 'ANSWER' }).kindName).toBe('答复协助请求');
    expect(toDeadlineModel({ ...view, itemType: 'custom_flow', kind: 'ANSWER' }).kindName).toBe('答复');
    expect(toDeadlineModel({ ...view, kind: 'CUSTOM' }).kindName).toBe('CUSTOM');
  });

  it('keeps every schema field and nothing of the item', () => {
    expect(Object.keys(toDeadlineModel(view)).sort()).toEqual(
      [
        'clause',
        'closedAt',
        'dueAt',
        'id',
        'kind',
        'kindName',
        'outcome',
        'overdue',
        'overdueAt',
        'ownerUnitCode',
        'remindAt',
        'remindedAt',
        'rule',
        'startedAt',
      ].sort(),
    );
  });
});
