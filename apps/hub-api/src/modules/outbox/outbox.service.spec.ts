import { RecordCategory } from '@hub/shared-schema';
import { ChangeEventRow, OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

describe('OutboxService', () => {
  const written: ChangeEventRow[][] = [];
  const times: Date[] = [];
  const sut = new OutboxService({
    insert: async (rows: ChangeEventRow[], occurredAt: Date) => {
      written.push(rows);
      times.push(occurredAt);
    },
  } as unknown as OutboxRepository);
  const at = new Date('2026-03-02T01:00:00Z');
  beforeEach(() => {
    written.length = 0;
    times.length = 0;
  });

  it('writes every event in one call, in the order given, with an id each and shared-data defaults', async () => {
    await sut.appendAt(
      at,
      {
        type: 'report.published',
        category: RecordCategory.LEDGER,
        subject: 'job-1',
        sourceUnitCode: 'u1',
        audience: ['u1'],
        data: { n: 1 },
      },
      { type: 'licensing.revised', category: RecordCategory.LICENSING, subject: 'rec-1', sourceUnitCode: 'u2', data: { n: 2 } },
    );
    expect(written).toHaveLength(1);
    expect(times).toEqual([at]);
    const [first, second] = written[0];
    expect(first).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'report.published',
      category: RecordCategory.LEDGER,
      subject: 'job-1',
      sourceUnitCode: 'u1',
      townshipCode: null,
      matterCode: null,
      partyKey: null,
      recipients: null,
      audience: ['u1'],
      privilegedUnits: [],
      personalData: null,
      data: { n: 1 },
    });
    expect(second).toMatchObject({ type: 'licensing.revised', audience: null, data: { n: 2 } });
    expect(second.id).not.toBe(first.id);
  });

  it('writes nothing for no events', async () => {
    await sut.appendAt(at);
    expect(written).toHaveLength(0);
  });
});
