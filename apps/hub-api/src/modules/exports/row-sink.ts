import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-cells';

/**
 * Where exported rows go, one at a time, so that a million rows never sit in memory. Both sinks pass
 * every cell through neutraliseFormula: published text must not become a live formula.
 */
export interface RowSink {
  write(values: Array<string | null>): Promise<void>;
  close(): Promise<void>;
}

/** CSV as Excel on Chinese Windows opens it: UTF-8 with a BOM, CRLF line ends. */
export function csvSink(path: string): RowSink {
  const file = createWriteStream(path);
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(file);
  return {
    async write(values) {
      if (!csv.write(values.map(neutraliseFormula))) await once(csv, 'drain');
    },
    async close() {
      csv.end();
      await finished(file);
    },
  };
}

/** XLSX through exceljs's streaming writer: each row is committed to the file as it comes. */
export function xlsxSink(path: string, sheetName: string): RowSink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  return {
    async write(values) {
      sheet.addRow(values.map(neutraliseFormula)).commit();
      return Promise.resolve();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
