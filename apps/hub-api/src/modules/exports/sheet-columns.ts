/**
 * What a column of an exported sheet holds, which decides how a spreadsheet stores and shows it:
 * text, a count (`#,##0`), an amount of yuan (`#,##0.00`), a decimal (days, `#,##0.00`), a coordinate,
 * a date or a date and time (Asia/Shanghai wall clock, as the statement formats it).
 */
export type CellKind = 'text' | 'count' | 'amount' | 'decimal' | 'coordinate' | 'date' | 'datetime';

export interface SheetColumn {
  header: string;
  kind: CellKind;
}

/** The Excel number format of each kind (text has none). */
export const NUMBER_FORMATS: Record<Exclude<CellKind, 'text'>, string> = {
  count: '#,##0',
  amount: '#,##0.00',
  decimal: '#,##0.00',
  coordinate: '0.000000',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/**
 * A cell's value as a spreadsheet types it: numbers as numbers, `YYYY-MM-DD[ HH:MI]` as a date (the
 * wall clock written, taken as UTC so the serial number is exactly that day and time); anything else,
 * such as `合计` in a date column, stays text.
 */
export function typedValue(value: string | null, kind: CellKind): string | number | Date | null {
  if (value === null || kind === 'text') return value;
  if (kind === 'date' || kind === 'datetime') {
    const m = DATE.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0))) : value;
  }
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

/** Columns as wide as what they show: a CJK character takes two widths of a digit. */
export class ColumnWidths {
  private readonly widths: number[];

  constructor(private readonly columns: readonly SheetColumn[]) {
    // Headers are bold: a little wider than their characters.
    this.widths = columns.map((c) => Math.ceil(displayWidth(c.header) * 1.1));
  }

  measure(values: ReadonlyArray<string | null>): void {
    values.forEach((value, i) => {
      if (value !== null && i < this.widths.length)
        this.widths[i] = Math.max(this.widths[i], displayWidth(shown(value, this.columns[i].kind)));
    });
  }

  /** Excel column widths, with a margin, between a narrow and a readable maximum. */
  get result(): number[] {
    return this.widths.map((w) => Math.min(60, Math.max(8, w + 2)));
  }
}

/** The text a cell shows: numbers with their thousands separators and decimals. */
function shown(value: string, kind: CellKind): string {
  const typed = typedValue(value, kind);
  if (typeof typed !== 'number') return typed instanceof Date ? NUMBER_FORMATS[kind as 'date' | 'datetime'] : value;
  const decimals = kind === 'count' ? 0 : kind === 'coordinate' ? 6 : 2;
  return typed.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * A name Excel accepts for a sheet: at most 31 characters, none of `[]:*?/\` nor control characters,
 * not starting or ending with an apostrophe, and not `History` (reserved). Excel refuses, or "repairs",
 * a workbook whose sheet name breaks these, and a report's name is chosen by its unit.
 */
export function sheetName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = Array.from(name.replace(/[[\]:*?/\\\u0000-\u001f]/g, '-'))
    .slice(0, 31)
    .join('')
    .replace(/^'+|'+$/g, '')
    .trim();
  return !cleaned ? '导出' : cleaned.toLowerCase() === 'history' ? `${cleaned}-1` : cleaned;
}
