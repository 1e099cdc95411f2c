import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyScope } from '@hub/shared-schema';
import { parse } from 'csv-parse/sync';
import { startCli } from '../utils/connector-cli';
import { licence, MARKET } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';
import { recordAttacks } from './fault-figures';

/** What a spreadsheet runs when a cell starts with it (CSV/formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PAYLOADS = ['=1+1', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://127.0.0.1/x","点击")'];

/**
 * The connector's error report is opened in Excel by whoever fixes the file, and it echoes what the
 * file held (the record's id, the file's own headers, the cell in the message): a file crafted with
 * formulas must not make the report run them. And the publish mutations' new `dryRun` argument takes
 * a Boolean and nothing else.
 */
describe('security: the connector error report and dryRun (fault)', () => {
  let hub: TestApp;
  let key: string;
  const dir = mkdtempSync(join(tmpdir(), 'hub-report-attacks-'));

  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    key = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every formula in the pushed file from running in the report', async () => {
    // Each payload as a record's id, as the file's own header of a column (mapped), and as a bad value.
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const lines = [
      ['sourceId', 'kind', 'licenceNumber', '持证人名称', 'holderUscc', 'matterCode', 'validFrom', 'status', 'decisionDate'].join(','),
    ];
    const mapping: Record<string, string> = { 持证人名称: 'holderName' };
    PAYLOADS.forEach((payload, i) => {
      const l = licence(500 + i);
      lines.push(
        [quote(payload), l.kind, l.licenceNumber, '', quote(payload), l.matterCode, l.validFrom, quote(payload), l.decisionDate].join(','),
      );
    });
    const headerAttack = PAYLOADS[0];
    lines[0] = lines[0].replace('持证人名称', quote(headerAttack));
    mapping[headerAttack] = 'holderName';
    delete mapping['持证人名称'];
    const file = join(dir, 'attacks.csv');
    writeFileSync(file, lines.join('\r\n'));
    const mappingFile = join(dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ columns: mapping }));

    const run = await startCli(['push', file, '--category', 'licensing', '--url', hub.url, '--mapping', mappingFile], key).done;
    expect(run.code).toBe(2);
    const rows: string[][] = parse(readFileSync(`${file}.errors.csv`), { bom: true, relax_quotes: true });
    const report = rows.slice(1);
    const echoed = report.flat().filter((cell) => PAYLOADS.some((p) => cell.includes(p.trim())));
    expect(echoed.length).toBeGreaterThanOrEqual(PAYLOADS.length * 2); // the ids and the column were echoed, so they were tried
    const running = report.flat().filter((cell) => FORMULA_START.test(cell));
    recordAttacks('security: connector error report formulas', { tried: echoed.length, mishandled: running.length });
    expect(running).toEqual([]);
  });

  it('refuses a dryRun that is not a Boolean, naming it', async () => {
    const mutation = `mutation($records: [LicensingDecisionInput!]!, $dryRun: Boolean) { publishLicensingDecisions(records: $records, dryRun: $dryRun) { accepted } }`;
    const values: unknown[] = ['true', 1, 0, 'yes', {}, [true]];
    let mishandled = 0;
    for (const dryRun of values) {
      const answer = await hub.gql(mutation, { records: [licence(600)], dryRun }, { credential: key });
      const code = answer.errors?.[0]?.extensions?.code;
      if (answer.data?.publishLicensingDecisions || code !== 'BAD_USER_INPUT' || !answer.errors![0].message.includes('dryRun'))
        mishandled++;
    }
    recordAttacks('security: publish dryRun argument', { tried: values.length, mishandled });
    expect(mishandled).toBe(0);
    const [{ count }] = await hub.sql(`SELECT count(*)::int AS count FROM licensing_decision WHERE source_id = $1`, [
      licence(600).sourceId,
    ]);
    expect(count).toBe(0);
  });
});
