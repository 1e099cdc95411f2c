import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-cells';
import { ColumnWidths, NUMBER_FORMATS, SheetColumn, sheetName, typedValue } from './sheet-columns';

/**
 * Where exported rows go, one at a time, so that a million rows never sit in memory. The header row
 * (from the columns) comes first; a total (`合计`), handed over whenever the statement yields it, is
 * written last. Text cells pass through neutraliseFormula (published text must not become a live
 * formula); numbers and dates are written as such, and need no quote.
 */
export interface RowSink {
  write(values: Array<string | null>): Promise<void>;
  /** The total row: held back and written after every other row. */
  total(values: Array<string | null>): void;
  close(): Promise<void>;
}

export interface SheetSpec {
  /** What the sheet holds, e.g. 各镇街处罚月报-2026-11. */
  name: string;
  columns: SheetColumn[];
}

/** Text cells lose any formula start; numbers and dates (already unambiguous) are left as they are. */
const safe = (values: Array<string | null>, columns: readonly SheetColumn[]) =>
  values.map((value, i) => (columns[i]?.kind === 'text' ? neutraliseFormula(value) : value));

/** CSV as Excel on Chinese Windows opens it: UTF-8 with a BOM, CRLF line ends, numbers unquoted. */
export function csvSink(path: string, sheet: SheetSpec): RowSink {
  const file = createWriteStream(path);
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(file);
  let totalRow: Array<string | null> | null = null;
  const put = async (values: Array<string | null>) => {
    if (!csv.write(values)) await once(csv, 'drain');
  };
  const header = put(sheet.columns.map((c) => neutraliseFormula(c.header)));
  return {
    async write(values) {
      await header;
      await put(safe(values, sheet.columns));
    },
    total(values) {
      totalRow = safe(values, sheet.columns);
    },
    async close() {
      await header;
      if (totalRow) await put(totalRow);
      csv.end();
      await finished(file);
    },
  };
}

/** Rows read before the column widths are fixed: exceljs writes `<cols>` ahead of the first row. */
const SAMPLE_ROWS = 1000;
type Role = 'header' | 'data' | 'total';

/**
 * XLSX through exceljs's streaming writer: each row is committed to the file as it comes, after the
 * first SAMPLE_ROWS, which are held only to size the columns to their content. The header row is bold,
 * frozen and carries the autofilter; numbers and dates are typed cells with their formats; the total
 * row is bold. Style objects are shared per column so exceljs maps them to one style each.
 */
export function xlsxSink(path: string, sheet: SheetSpec): RowSink {
  const { columns } = sheet;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const bold = { bold: true };
  const styles: Record<Role, Array<Partial<ExcelJS.Style>>> = {
    header: columns.map(() => ({ font: bold, alignment: { vertical: 'middle' } })),
    data: columns.map((c) => (c.kind === 'text' ? {} : { numFmt: NUMBER_FORMATS[c.kind] })),
    total: columns.map((c) => (c.kind === 'text' ? { font: bold } : { font: bold, numFmt: NUMBER_FORMATS[c.kind] })),
  };
  const widths = new ColumnWidths(columns);
  let sample: Array<Array<string | null>> | null = [];
  let totalRow: Array<string | null> | null = null;
  let lastDataRow = 1;

  const put = (values: Array<string | null>, role: Role) => {
    const row = worksheet.addRow(
      role === 'header' ? values : safe(values, columns).map((v, i) => typedValue(v, columns[i]?.kind ?? 'text')),
    );
    columns.forEach((_, i) => {
      // Empty data cells stay unstyled: a styled empty cell is still written, 200,000 times over.
      if (role !== 'data' || (values[i] !== null && columns[i].kind !== 'text')) row.getCell(i + 1).style = styles[role][i];
    });
    row.commit();
  };
  const flush = () => {
    worksheet.columns = widths.result.map((width) => ({ width }));
    put(
      columns.map((c) => c.header),
      'header',
    );
    for (const values of sample!) put(values, 'data');
    sample = null;
  };
  return {
    write(values) {
      lastDataRow++;
      if (!sample) {
        put(values, 'data');
      } else {
        sample.push(values);
        widths.measure(values);
        if (sample.length >= SAMPLE_ROWS) flush();
      }
      return Promise.resolve();
    },
    total(values) {
      totalRow = values;
      if (sample) widths.measure(values);
    },
    async close() {
      if (sample) flush();
      if (totalRow) put(totalRow, 'total');
      // Over the header and the records, not the total: sorting must not move the 合计 row.
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastDataRow, column: Math.max(1, columns.length) } };
      worksheet.commit();
      await workbook.commit();
    },
  };
}
