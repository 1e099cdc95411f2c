import { ColumnWidths, sheetName, typedValue } from './sheet-columns';
import { exportFileName } from './export-title';

describe('sheet cells, names and widths', () => {
  it('types numbers and Shanghai wall-clock dates, and leaves anything else (合计) as text', () => {
    expect(typedValue('3000.75', 'amount')).toBe(3000.75);
    expect(typedValue('-1.5', 'decimal')).toBe(-1.5);
    expect(typedValue('2026-11-30', 'date')).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(typedValue('2026-11-30 09:05', 'datetime')).toEqual(new Date(Date.UTC(2026, 10, 30, 9, 5)));
    expect([typedValue('合计', 'date'), typedValue('', 'count'), typedValue(null, 'count'), typedValue('12', 'text')]).toEqual([
      '合计',
      '',
      null,
      '12',
    ]);
  });

  it('makes names Excel and every file system accept', () => {
    expect(sheetName('月报[汇总]:*?/\\')).toBe('月报-汇总------');
    expect(sheetName("'各镇街'")).toBe('各镇街');
    expect(sheetName('History')).toBe('History-1');
    expect(sheetName('表'.repeat(40))).toHaveLength(31);
    expect(sheetName('')).toBe('导出');
    expect(exportFileName('../a/b\\c:"d"\r\n', 'XLSX')).toBe('..-a-b-c--d---.xlsx');
  });

  it('sizes a column to its widest content, a CJK character as two', () => {
    const widths = new ColumnWidths([
      { header: '镇街', kind: 'text' },
      { header: '罚款', kind: 'amount' },
    ]);
    widths.measure(['青阳街道', '1234567.5']);
    expect(widths.result).toEqual([10, 14]); // 8 + 2; "1,234,567.50" is 12, + 2
  });
});
