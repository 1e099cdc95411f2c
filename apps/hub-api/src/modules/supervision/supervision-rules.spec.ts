import { itemTypeName, kindName, measureOf, onTimeRate, rateName, resolvePeriod, MEASURE_NAMES } from './supervision-rules';

describe('supervision rules', () => {
  it('names the five measures by their deadline kind and nothing else', () => {
    expect(measureOf('transfer', 'SEND')).toBe('TRANSFER_SEND');
    expect(measureOf('transfer', 'RESULT')).toBe('TRANSFER_RESULT');
    expect(measureOf('complaint', 'ANSWER')).toBe('COMPLAINT_ANSWER');
    expect(measureOf('assistance', 'ANSWER')).toBe('ASSISTANCE_ANSWER');
    expect(measureOf('complaint', 'INITIAL_CHECK')).toBeNull();
    expect(measureOf('action_item', 'DONE')).toBeNull();
  });

  it('names known workflows and kinds in Chinese and falls back to the code for others', () => {
    expect(itemTypeName('transfer')).toBe('案件移送');
    expect(itemTypeName('action_item')).toBe('联席会议督办事项');
    expect(itemTypeName('new_workflow')).toBe('new_workflow');
    expect(kindName('transfer', 'SEND')).toBe('移送');
    expect(kindName('action_item', 'ANSWER')).toBe('答复'); // any workflow's ANSWER
    expect(kindName('action_item', 'CARRY_OUT')).toBe('CARRY_OUT');
    expect(rateName('transfer', 'ANSWER', MEASURE_NAMES)).toBe('移送答复');
    expect(rateName('action_item', 'CARRY_OUT', MEASURE_NAMES)).toBe('联席会议督办事项·CARRY_OUT');
  });

  it('rates on time over counted, null when nothing is counted', () => {
    expect(onTimeRate(3, 1)).toBe(0.75);
    expect(onTimeRate(0, 2)).toBe(0);
    expect(onTimeRate(0, 0)).toBeNull();
  });

  it('refuses a period index its kind does not have, naming the field', () => {
    expect(() => resolvePeriod({ kind: 'HALF_YEAR', year: 2026, index: 3 }, 'input.supervision.')).toThrow(
      expect.objectContaining({ field: 'input.supervision.period.index' }),
    );
    expect(resolvePeriod({ kind: 'HALF_YEAR', year: 2026, index: 2 }).from).toBe('2026-07-01');
  });
});
