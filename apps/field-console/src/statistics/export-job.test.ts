import { describe, expect, it } from 'vitest';
import { ERROR_TITLES, HubError } from '../api/client';
import { followExportJob, PASSING_FAILURES, pollDelay, progressPercent, progressText, type ExportJobState } from './export-job';

const job = (status: ExportJobState['status'], progress: number, rowsWritten = 0, totalRows: number | null = null): ExportJobState => ({
  id: 'job-1',
  status,
  progress,
  rowsWritten,
  totalRows,
  title: '处罚信息统计',
  format: 'XLSX',
  error: status === 'FAILED' ? 'disk full' : null,
});
const noWait = () => Promise.resolve();
/** A read that answers (or throws) asynchronously, as the hub would. */
const later =
  <T>(answer: () => T) =>
  (): Promise<T> =>
    Promise.resolve().then(answer);
const hubError = (code: string) => new HubError(code, ERROR_TITLES[code] ?? '操作失败', null, null);

describe('following an export job', () => {
  it('reports each answer and stops at DONE', async () => {
    const answers = [job('QUEUED', 0), job('RUNNING', 0.5, 1, 2), job('DONE', 1, 2, 2), job('DONE', 1, 2, 2)];
    const seen: string[] = [];
    let reads = 0;
    const final = await followExportJob(
      later(() => answers[reads++]),
      (j) => seen.push(j.status),
      { signal: new AbortController().signal, wait: noWait },
    );
    expect(final?.status).toBe('DONE');
    expect(seen).toEqual(['QUEUED', 'RUNNING', 'DONE']);
    expect(reads).toBe(3);
  });

  it('stops at FAILED with the job', async () => {
    const final = await followExportJob(
      later(() => job('FAILED', 0.2)),
      () => undefined,
      {
        signal: new AbortController().signal,
        wait: noWait,
      },
    );
    expect(final).toMatchObject({ status: 'FAILED', error: 'disk full' });
  });

  it('bears a passing failure, but not one too many in a row, nor a refusal', async () => {
    let reads = 0;
    const flaky = later(() => {
      reads++;
      if (reads === 1) throw hubError('NETWORK');
      return job('DONE', 1, 1, 1);
    });
    expect((await followExportJob(flaky, () => undefined, { signal: new AbortController().signal, wait: noWait }))?.status).toBe('DONE');

    let down = 0;
    await expect(
      followExportJob(
        later(() => {
          down++;
          throw hubError('UNAVAILABLE');
        }),
        () => undefined,
        { signal: new AbortController().signal, wait: noWait },
      ),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(down).toBe(PASSING_FAILURES);

    await expect(
      followExportJob(
        later(() => {
          throw hubError('FORBIDDEN');
        }),
        () => undefined,
        { signal: new AbortController().signal, wait: noWait },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stops quietly when the screen goes away', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const final = await followExportJob(
      later(() => {
        controller.abort();
        return job('RUNNING', 0.5);
      }),
      (j) => seen.push(j.status),
      { signal: controller.signal, wait: noWait },
    );
    expect(final).toBeNull();
    expect(seen).toEqual([]);
  });

  it('polls often at first, then every two seconds', () => {
    expect(pollDelay(0)).toBe(500);
    expect(pollDelay(19)).toBe(500);
    expect(pollDelay(20)).toBe(2000);
  });

  it('writes the progress as the statistician reads it', () => {
    expect(progressText(job('QUEUED', 0), '排队中')).toBe('排队中');
    expect(progressText(job('RUNNING', 0.5, 1, 2), '导出中')).toBe('导出中，已写出 1/2 组');
    expect(progressPercent(job('RUNNING', 0.456))).toBe(46);
    expect(progressPercent(job('DONE', 0.99))).toBe(100);
    expect(progressPercent(job('RUNNING', 1.5))).toBe(100);
  });
});
