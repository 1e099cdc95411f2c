import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import { MARKET, PUBLISH_LICENCES } from '../../test/utils/fixtures';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { note } from '../lib/report';
import { Scenario } from '../lib/scenario';
import { partyUscc, seedRecords } from '../lib/seed';

const FULL_RECORDS = 100_000;
const BATCH = 1000;

function licence(n: number, prefix: string, towns: string[]) {
  return {
    sourceId: `${prefix}-${n}`,
    kind: 'LICENCE',
    licenceNumber: `JY1350582${String(n).padStart(8, '0')}`,
    holderName: `晋江市企业${n}`,
    holderUscc: partyUscc(n),
    matterCode: `BM-${String(1 + (n % 300)).padStart(4, '0')}`,
    scope: '预包装食品销售',
    townshipCode: towns[n % towns.length],
    validFrom: '2025-01-01',
    validTo: '2029-12-31',
    status: 'VALID',
    decisionDate: '2025-01-01',
  };
}

/** The same rows as COPY text lines, escaped for the text format. */
function copyLines(records: Array<ReturnType<typeof licence>>): string[] {
  const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
  return records.map(
    (r) =>
      [
        randomUUID(),
        MARKET,
        `COPY-${r.sourceId}`,
        '1',
        '0'.repeat(64),
        r.kind,
        r.licenceNumber,
        r.holderName,
        r.holderUscc,
        r.matterCode,
        r.scope,
        r.townshipCode,
        r.validFrom,
        r.validTo,
        r.status,
        r.decisionDate,
      ]
        .map(esc)
        .join('\t') + '\n',
  );
}

export const publish: Scenario = {
  name: 'publish',
  describe:
    'licensing decisions through the batch mutation (validation, versioning, outbox, audit) vs COPY of the same rows, and vs one record per request',
  async run(ctx) {
    const name = 'hub_bench_publish';
    const url = await freshDatabase(name);
    const total = Math.max(BATCH, Math.round(FULL_RECORDS * ctx.scale));
    const singles = Math.min(2000, Math.max(100, Math.round(total / 20)));
    const { key, towns } = await withClient(url, async (client) => {
      await seedRecords(client, { matters: 300, parties: 1, licences: 0, penalties: 0 });
      const units = await client.query<{ code: string }>(`SELECT code FROM unit WHERE kind IN ('TOWN', 'SUBDISTRICT') ORDER BY code`);
      return { key: await issueApiKey(client, MARKET, ['PUBLISH', 'READ']), towns: units.rows.map((u) => u.code) };
    });
    const records = Array.from({ length: total }, (_, n) => licence(n, 'BATCH', towns));
    const hub = await startBenchHub(url);
    try {
      let accepted = 0;
      const batchStart = performance.now();
      for (let i = 0; i < total; i += BATCH) {
        const result = await gql<{ publishLicensingDecisions: { accepted: number } }>(hub.url, key, PUBLISH_LICENCES, {
          records: records.slice(i, i + BATCH),
        });
        accepted += result.publishLicensingDecisions.accepted;
      }
      const batchRate = accepted / ((performance.now() - batchStart) / 1000);
      if (accepted !== total) throw new Error(`only ${accepted} of ${total} records accepted`);

      const singleStart = performance.now();
      for (let n = 0; n < singles; n++) await gql(hub.url, key, PUBLISH_LICENCES, { records: [licence(total + n, 'SINGLE', towns)] });
      const singleRate = singles / ((performance.now() - singleStart) / 1000);

      const copyRate = await withClient(url, async (client) => {
        const start = performance.now();
        const copy = client.query(
          copyFrom(`COPY licensing_decision (id, publisher_code, source_id, version, content_hash, kind, licence_number, holder_name, holder_uscc,
                      matter_code, scope, township_code, valid_from, valid_to, status, decision_date) FROM STDIN`),
        );
        await pipeline(Readable.from(copyLines(records)), copy);
        return total / ((performance.now() - start) / 1000);
      });
      ctx.log(
        note(
          'publish',
          `${total.toLocaleString()} records in batches of ${BATCH}; ${singles} one per request; hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`,
        ),
      );
      return [
        {
          scenario: 'publish',
          metric: 'batch mutation vs COPY',
          hub: batchRate,
          ceiling: copyRate,
          unit: 'rows/s',
          higherIsBetter: true,
          target: 0.1,
        },
        {
          scenario: 'publish',
          metric: 'batch vs one record per request',
          hub: batchRate,
          ceiling: singleRate,
          unit: 'rows/s',
          higherIsBetter: true,
          target: 3,
          notes: 'here the "ceiling" is the slower path: ratio = speed-up',
        },
      ];
    } finally {
      await hub.stop();
      await dropDatabase(name);
    }
  },
};
