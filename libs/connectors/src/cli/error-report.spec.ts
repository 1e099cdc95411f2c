import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLine, ErrorReport } from './error-report';
import { readPushState, writePushState } from './push-state';

const error = (row: number) => ({
  row,
  sourceId: `S-${row}`,
  column: '信用代码',
  message: '未推送：不是有效的统一社会信用代码',
  code: 'BAD_USER_INPUT',
});

describe('error report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-report-'));

  it('quotes CSV cells and keeps formulas from running in a spreadsheet', () => {
    expect(csvLine(['1', 'a,b', 'say "hi"', '=1+1', '-2', 'line\nbreak'])).toBe('1,"a,b","say ""hi""",\'=1+1,\'-2,"line\nbreak"\r\n');
  });

  it('is created at the first error, and cut back to the recorded length on resume', async () => {
    const path = join(dir, 'errors.csv');
    writeFileSync(path, 'a stale report of an earlier run\n');
    const { report } = await ErrorReport.open(path, 0);
    await report.append([]);
    expect(existsSync(path)).toBe(false);
    await report.append([error(2)]);
    const acknowledged = report.bytes;
    await report.append([error(3)]); // written, but the batch was not acknowledged before an interruption
    await report.close();

    const resumed = await ErrorReport.open(path, acknowledged);
    expect(resumed.lost).toBe(false);
    await resumed.report.append([error(3)]);
    await resumed.report.close();
    const line = (row: number) => csvLine([String(row), `S-${row}`, '信用代码', '未推送：不是有效的统一社会信用代码', 'BAD_USER_INPUT']);
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF行号,业务编号,列,错误说明,错误代码\r\n${line(2)}${line(3)}`);
  });

  it('starts afresh, saying so, when the recorded report is gone', async () => {
    const { report, lost } = await ErrorReport.open(join(dir, 'gone.csv'), 120);
    expect([lost, report.bytes]).toEqual([true, 0]);
  });

  it('keeps the push state in a file replaced whole', async () => {
    const path = join(dir, 'state.json');
    expect(await readPushState(path)).toBeNull();
    const state = {
      version: 1,
      file: '/f.csv',
      size: 1,
      mtimeMs: 1,
      category: 'licensing',
      rowsDone: 500,
      pushed: 499,
      rejected: 1,
      errorReport: '/e.csv',
      errorReportBytes: 90,
      completed: false,
      updatedAt: '',
    } as const;
    await writePushState(path, state);
    expect(await readPushState(path)).toEqual({ ...state, updatedAt: expect.any(String) });
    writeFileSync(path, '{"version": 1');
    await expect(readPushState(path)).rejects.toThrow('pass --restart to start over');
  });
});
