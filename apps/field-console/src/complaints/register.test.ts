import { describe, expect, it } from 'vitest';
import { consoleSourceId, registerInput } from './register';

describe('registering a complaint', () => {
  it('names it ZD-<Shanghai date>-<12 hex digits>, a fresh id each time', () => {
    // 23:30 UTC on 1 March is 07:30 on 2 March in Shanghai.
    const at = new Date('2026-03-01T23:30:00Z');
    expect(consoleSourceId(at, (bytes) => bytes.fill(0xab))).toBe('ZD-20260302-abababababab');
    expect(consoleSourceId(at)).toMatch(/^ZD-20260302-[0-9a-f]{12}$/);
    expect(consoleSourceId(at)).not.toBe(consoleSourceId(at));
  });

  it('writes how it came in at the head of the summary, trims, and leaves blanks out', () => {
    const input = registerInput(
      {
        receivedBy: 'PHONE',
        channel: 'REPORT',
        receivedAt: new Date('2026-03-02T02:00:00Z'),
        subjectName: ' 晋江市示例食品店7 ',
        subjectUscc: '91350582ma2xxxxx7a',
        summary: ' 该店超范围经营 ',
        reporterName: '',
        reporterPhone: '13905950099',
      },
      'ZD-1',
    );
    expect(input).toEqual({
      sourceId: 'ZD-1',
      channel: 'REPORT',
      status: 'RECEIVED',
      receivedAt: '2026-03-02T02:00:00.000Z',
      summary: '【电话受理】该店超范围经营',
      subjectName: '晋江市示例食品店7',
      subjectUscc: '91350582MA2XXXXX7A',
      reporterName: null,
      reporterPhone: '13905950099',
    });
  });
});
