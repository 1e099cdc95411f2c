import { createReadStream, ReadStream } from 'node:fs';
import { extname } from 'node:path';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { CliError } from './cli-error';

export interface SheetRow {
  /** Row number as a spreadsheet shows it: the header is row 1 of a CSV file. */
  number: number;
  cells: string[];
}

export interface RowSource {
  rows: AsyncIterable<SheetRow>;
  /** Bytes of the file read so far, for progress. */
  bytesRead(): number;
}

export type TextEncoding = 'utf8' | 'gbk' | 'gb18030';

/**
 * The rows of a CSV or XLSX file (first worksheet), streamed: a file of any size is read a chunk at a
 * time as the caller consumes rows. Every cell is text: XLSX dates become YYYY-MM-DD (with the time
 * when there is one, as the sheet shows it), numbers their plain digits.
 */
export function openRows(path: string, encoding: TextEncoding = 'utf8'): RowSource {
  const format = extname(path).toLowerCase();
  if (format !== '.csv' && format !== '.xlsx') throw new CliError(`${path}: expected a .csv or .xlsx file`);
  const file = createReadStream(path);
  return { rows: format === '.csv' ? csvRows(file, encoding) : xlsxRows(file), bytesRead: () => file.bytesRead };
}

async function* csvRows(file: ReadStream, encoding: TextEncoding): AsyncGenerator<SheetRow> {
  // Excel on a Chinese Windows saves "CSV" in GBK; TextDecoder knows it (Node ships full ICU).
  const decoder = new TextDecoder(encoding === 'utf8' ? 'utf-8' : encoding);
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  const parser = file.pipe(decode).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
  file.on('error', (error) => parser.destroy(error));
  let number = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      number++;
      if (number === 1 && encoding === 'utf8' && cells.some((c) => c.includes('\uFFFD'))) {
        throw new CliError('the file is not UTF-8 text: if Excel saved it in Chinese (GBK), pass --encoding gbk');
      }
      yield { number, cells };
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read the CSV file at row ${number + 1}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    file.destroy();
  }
}

async function* xlsxRows(file: ReadStream): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // tells dates from numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  // ExcelJS pipes the file without passing on its errors (an unreadable file would crash the process or
  // never end): each step races the file's failure.
  const failed = new Promise<never>((_, reject) => file.once('error', reject));
  failed.catch(() => undefined);
  try {
    for await (const sheet of raced(workbook, failed)) {
      for await (const row of raced(sheet, failed)) {
        const values = Array.isArray(row.values) ? row.values : [];
        const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]));
        yield { number: row.number, cells };
      }
      return; // the first worksheet only
    }
  } catch (error) {
    throw new CliError(`cannot read the XLSX file: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    file.destroy();
  }
}

async function* raced<T>(iterable: AsyncIterable<T>, failed: Promise<never>): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([iterator.next(), failed]);
    if (next.done) return;
    yield next.value;
  }
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  // Excel dates have no time zone: ExcelJS gives the wall-clock time as if at UTC.
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result);
  return ''; // an error cell (#N/A …)
}

/** Data rows of the file (not blank, after the header): read once before a push, so its progress has a total. */
export async function countDataRows(path: string, encoding: TextEncoding = 'utf8'): Promise<number> {
  let header = false;
  let count = 0;
  for await (const { cells } of openRows(path, encoding).rows) {
    if (cells.every((cell) => !cell.trim())) continue;
    if (header) count++;
    header = true;
  }
  return count;
}
