import type { HubClient } from '../hub-client';
import { HubError } from '../hub-error';
import type { RecordOutcome } from '../record-outcome';
import { PendingRow, pushBatch } from './push-batch';

const policy = { attempts: 2, baseDelayMs: 0, maxDelayMs: 0 };
const row = (n: number, problems: PendingRow['mapped']['problems'] = []): PendingRow => ({ row: n, mapped: { record: { sourceId: `S-${n}` }, sourceId: `S-${n}`, problems } });
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
  it('sends the rows that passed the local checks and reports both kinds of rejection in row order', async () => {
    const { client, sent } = clientAnswering(async (records) =>
      records.map((_, i) => (i === 1 ? outcome(i, { sourceId: 'S-4', code: 'BAD_USER_INPUT', field: 'holderUscc', message: 'must be a USCC' }) : outcome(i))),
    );
    const rows = [row(2), row(3, [{ field: 'holderName', message: 'is required' }]), row(4), row(5, [{ field: 'status', message: 'must be one of A' }, { field: 'kind', message: 'is required' }]), row(6)];
    const errors = await pushBatch(client, 'licensing', rows, policy, () => undefined);
    expect(sent).toEqual([[{ sourceId: 'S-2' }, { sourceId: 'S-4' }, { sourceId: 'S-6' }]]);
    expect(errors).toEqual([
      { row: 3, sourceId: 'S-3', code: 'BAD_USER_INPUT', field: 'holderName', message: 'not sent: is required' },
      { row: 4, sourceId: 'S-4', code: 'BAD_USER_INPUT', field: 'holderUscc', message: 'must be a USCC' },
      { row: 5, sourceId: 'S-5', code: 'BAD_USER_INPUT', field: 'status kind', message: 'not sent: status must be one of A; kind is required' },
    ]);
  });

  it('stops the run when the hub refuses the whole batch, naming its rows', async () => {
    const { client } = clientAnswering(() => Promise.reject(new HubError('FORBIDDEN', 'only departments publish licences')));
    await expect(pushBatch(client, 'licensing', [row(2), row(3)], policy, () => undefined)).rejects.toThrow(
      'the hub refused the batch of rows 2–3: FORBIDDEN: only departments publish licences',
    );
  });

  it('stops the run, saying it can resume, when the hub stays unavailable', async () => {
    const { client } = clientAnswering(() => Promise.reject(new HubError('UNAVAILABLE', 'hub not reachable')));
    await expect(pushBatch(client, 'licensing', [row(2)], policy, () => undefined)).rejects.toThrow(
      'hub unavailable after 2 attempts (hub not reachable); the rows acknowledged so far are recorded: run the same command again to resume',
    );
  });
});
