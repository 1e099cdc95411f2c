import type { HubClient } from '../hub-client';
import { HubError } from '../hub-error';
import type { RecordOutcome } from '../record-outcome';
import { PendingRow, pushBatch } from './push-batch';

const policy = { attempts: 2, baseDelayMs: 0, maxDelayMs: 0 };
const HEADERS: Record<string, string> = { holderName: '企业名称', holderUscc: '信用代码', status: '证照状态', kind: '许可类别' };
const context = { retry: policy, warn: () => undefined, columnOf: (field: string) => HEADERS[field] ?? field };
const row = (n: number, problems: PendingRow['mapped']['problems'] = []): PendingRow => ({
  row: n,
  mapped: { record: { sourceId: `S-${n}` }, sourceId: `S-${n}`, problems },
});
const outcome = (index: number, rejected?: Partial<RecordOutcome>): RecordOutcome => ({
  index,
  sourceId: `S-${index}`,
  ok: !rejected,
  outcome: rejected ? 'REJECTED' : 'CREATED',
  id: null,
  version: null,
  code: null,
  field: null,
  message: null,
  ...rejected,
});
const clientAnswering = (answer: (records: unknown[]) => Promise<RecordOutcome[]>) => {
  const sent: unknown[][] = [];
  const client = { publish: (_category: string, records: unknown[]) => (sent.push(records), answer(records)) } as unknown as HubClient;
  return { client, sent };
};

describe('pushBatch', () => {
  it('sends the rows that passed the local checks and reports every problem of each rejected row, in Chinese, by the user’s column', async () => {
    const { client, sent } = clientAnswering(async (records) =>
      records.map((_, i) =>
        i === 1
          ? outcome(i, { sourceId: 'S-4', code: 'NOT_FOUND', field: 'matterCode', message: 'devolved matter X is not in the catalog' })
          : outcome(i),
      ),
    );
    const rows = [
      row(2),
      row(3, [{ field: 'holderName', column: '企业名称', message: '必填，不能为空' }]),
      row(4),
      row(5, [
        { field: 'status', column: '证照状态', message: '“歇业”不是可选值' },
        { field: 'kind', column: '许可类别', message: '必填，不能为空' },
      ]),
      row(6),
    ];
    rows[2].mapped.record.matterCode = 'X';
    const errors = await pushBatch(client, 'licensing', rows, {
      ...context,
      columnOf: (field) => (field === 'matterCode' ? '事项' : field),
    });
    expect(sent).toEqual([[{ sourceId: 'S-2' }, { sourceId: 'S-4', matterCode: 'X' }, { sourceId: 'S-6' }]]);
    expect(errors).toEqual([
      { row: 3, sourceId: 'S-3', column: '企业名称', message: '未推送：必填，不能为空', code: 'BAD_USER_INPUT' },
      {
        row: 4,
        sourceId: 'S-4',
        column: '事项',
        message: '枢纽拒收：“X”在枢纽中不存在（devolved matter X is not in the catalog）',
        code: 'NOT_FOUND',
      },
      { row: 5, sourceId: 'S-5', column: '证照状态', message: '未推送：“歇业”不是可选值', code: 'BAD_USER_INPUT' },
      { row: 5, sourceId: 'S-5', column: '许可类别', message: '未推送：必填，不能为空', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('sends the batch as a dry run when asked', async () => {
    const options: unknown[] = [];
    const client = {
      publish: (_c: string, records: unknown[], o: unknown) => (options.push(o), Promise.resolve(records.map((_, i) => outcome(i)))),
    } as unknown as HubClient;
    await pushBatch(client, 'licensing', [row(2)], { ...context, dryRun: true });
    expect(options).toEqual([expect.objectContaining({ dryRun: true })]);
  });

  it('stops the run when the hub refuses the whole batch, naming its rows', async () => {
    const { client } = clientAnswering(() => Promise.reject(new HubError('FORBIDDEN', 'only departments publish licences')));
    await expect(pushBatch(client, 'licensing', [row(2), row(3)], context)).rejects.toThrow(
      '枢纽拒收整批 the hub refused the batch of rows 2–3: FORBIDDEN: only departments publish licences',
    );
  });

  it('stops the run, saying it can resume, when the hub stays unavailable', async () => {
    const { client } = clientAnswering(() => Promise.reject(new HubError('UNAVAILABLE', 'hub not reachable')));
    await expect(pushBatch(client, 'licensing', [row(2)], context)).rejects.toThrow(
      '枢纽不可达 hub unavailable after 2 attempts (hub not reachable); 已确认的行已记录 the rows acknowledged so far are recorded: 再次运行同一命令即可续传 run the same command again to resume',
    );
  });
});
