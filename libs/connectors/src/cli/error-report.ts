import { FileHandle, open, rm, stat, truncate } from 'node:fs/promises';

/** One problem of one row; a row with several problems has several. */
export interface RowError {
  /** Spreadsheet row number (the header is row 1 of a CSV file). */
  row: number;
  sourceId: string;
  /** The column as its header is written in the user's file. */
  column: string;
  /** In Chinese; starts with 未推送 (found before sending) or 枢纽拒收 (the hub refused the record). */
  message: string;
  /** The hub's stable code, for whoever automates the fixing (BAD_USER_INPUT, NOT_FOUND …). */
  code: string;
}

/** Headers in Chinese for the person fixing the file; a BOM and CRLF so that Excel opens it right. */
export const REPORT_HEADER = ['行号', '业务编号', '列', '错误说明', '错误代码'];
const HEADER = `\uFEFF${REPORT_HEADER.join(',')}\r\n`;

/**
 * The per-row error report, a CSV file appended batch by batch. It is created at the first error; on
 * resume it is cut back to the length recorded with the acknowledged rows, so the rows sent again
 * after an interruption are not reported twice.
 */
export class ErrorReport {
  private handle: FileHandle | null = null;

  private constructor(
    readonly path: string,
    private length: number,
  ) {}

  /** `resumeBytes`: the length recorded in the push state (0: start a new report). */
  static async open(path: string, resumeBytes: number): Promise<{ report: ErrorReport; lost: boolean }> {
    if (resumeBytes === 0) {
      await rm(path, { force: true }); // a report of an earlier run, or of rows not acknowledged
      return { report: new ErrorReport(path, 0), lost: false };
    }
    const size = await stat(path).then(
      (s) => s.size,
      () => -1,
    );
    if (size < resumeBytes) {
      await rm(path, { force: true });
      return { report: new ErrorReport(path, 0), lost: true };
    }
    await truncate(path, resumeBytes);
    return { report: new ErrorReport(path, resumeBytes), lost: false };
  }

  /** Bytes written so far: recorded in the push state with the rows they report. */
  get bytes(): number {
    return this.length;
  }

  async append(errors: readonly RowError[]): Promise<void> {
    if (!errors.length) return;
    if (!this.handle) {
      this.handle = await open(this.path, this.length ? 'a' : 'w');
      if (!this.length) await this.write(this.handle, HEADER);
    }
    await this.write(this.handle, errors.map((e) => csvLine([String(e.row), e.sourceId, e.column, e.message, e.code])).join(''));
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }

  private async write(handle: FileHandle, text: string): Promise<void> {
    const buffer = Buffer.from(text, 'utf8');
    await handle.write(buffer);
    this.length += buffer.length;
  }
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string): string {
  // A cell starting with = + - @ would run as a formula when the report is opened in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
