import { FileHandle, open, rm, stat, truncate } from 'node:fs/promises';

export interface RowError {
  row: number;
  sourceId: string;
  code: string;
  field: string;
  message: string;
}

// A BOM and CRLF so that Excel opens the Chinese text right.
const HEADER = '\uFEFFrow,sourceId,code,field,message\r\n';

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
    const size = await stat(path).then((s) => s.size, () => -1);
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
    await this.write(this.handle, errors.map((e) => csvLine([String(e.row), e.sourceId, e.code, e.field, e.message])).join(''));
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
