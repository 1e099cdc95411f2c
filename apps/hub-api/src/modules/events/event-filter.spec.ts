import { EventFilter, filterSql, matches } from './event-filter';

const none: EventFilter = {
  categories: [],
  eventTypes: [],
  townshipCodes: [],
  matterCodes: [],
  publisherCodes: [],
  partyKeys: [],
  readerUnit: null,
};
const event = {
  category: 'NORMATIVE',
  type: 'normative.published',
  townshipCode: null,
  recipients: ['350582001', '350582101'],
  matterCode: 'SCJG-001',
  sourceUnitCode: 'dept-market-regulation',
  partyKey: null,
  audience: null as string[] | null,
};

describe('event filters', () => {
  it('match in memory as the SQL condition does: every list given must match, a township also by address', () => {
    expect(matches(none, event)).toBe(true);
    expect(matches({ ...none, townshipCodes: ['350582001'] }, event)).toBe(true);
    expect(matches({ ...none, townshipCodes: ['350582102'] }, event)).toBe(false);
    expect(matches({ ...none, categories: ['NORMATIVE'], publisherCodes: ['dept-market-regulation'] }, event)).toBe(true);
    expect(matches({ ...none, categories: ['NORMATIVE'], partyKeys: ['91350582MA00000000'] }, event)).toBe(false);

    const sql = filterSql({ ...none, categories: ['NORMATIVE'], townshipCodes: ['350582001'] }, 4);
    expect(sql.sql).toBe('e.category = ANY($4) AND (e.township_code = ANY($5) OR e.recipients && $5::text[])');
    expect(sql.params).toEqual([['NORMATIVE'], ['350582001']]);
    expect(filterSql(none, 1)).toEqual({ sql: 'true', params: [] });
  });

  it('keep an event with an audience to that audience, in memory and in SQL', () => {
    const report = { ...event, category: 'LEDGER', type: 'report.published', recipients: ['dept-justice'], audience: ['dept-justice'] };
    expect(matches({ ...none, readerUnit: 'dept-justice' }, report)).toBe(true);
    expect(matches({ ...none, readerUnit: '350582001' }, report)).toBe(false);
    expect(matches({ ...none, readerUnit: '350582001' }, event)).toBe(true); // shared data: everyone

    const sql = filterSql({ ...none, categories: ['LEDGER'], readerUnit: 'dept-justice' }, 2);
    expect(sql.sql).toBe('e.category = ANY($2) AND (e.audience IS NULL OR $3 = ANY(e.audience))');
    expect(sql.params).toEqual([['LEDGER'], 'dept-justice']);
  });
});
