import { ApiKeyScope } from '@hub/shared-schema';
import { licence, MARKET, PUBLISH_LICENCES } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { exited, HubProcess } from '../utils/hub-process';
import { gqlAt, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { recordFigures } from './fault-figures';

const BATCHES = 40;
const BATCH = 250;
const KILLS = 3;

describe('SIGKILL of the hub during a bulk publish (fault)', () => {
  let api: TestApp; // fixtures and checks only
  let hub: HubProcess | null = null;

  const start = () => startHubProcessOn(api);

  beforeAll(async () => {
    api = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    await seed.foodMatter(api);
  });
  afterAll(async () => {
    if (hub && hub.child.exitCode === null) {
      hub.child.kill('SIGTERM');
      await exited(hub.child);
    }
    await api.close();
  });

  it('keeps every acknowledged record exactly once, and a retried batch adds no duplicate', async () => {
    const key = await api.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    const batches = Array.from({ length: BATCHES }, (_, b) => Array.from({ length: BATCH }, (_, i) => licence(b * BATCH + i + 1)));
    const send = async (records: unknown[]) =>
      (await gqlAt<{ publishLicensingDecisions: { accepted: number } }>(hub!.url, PUBLISH_LICENCES, { records }, { credential: key })).data
        ?.publishLicensingDecisions;

    hub = await start();
    const acknowledged = new Set<string>();
    let requests = 0;
    let kills = 0;
    let retried = 0;
    const killAt = new Set(Array.from({ length: KILLS }, (_, k) => Math.floor(((k + 1) * BATCHES) / (KILLS + 1))));
    for (let b = 0; b < BATCHES; b++) {
      if (killAt.has(b)) {
        // The batch is in flight when the process dies: it either committed whole or not at all.
        const inFlight = send(batches[b]).catch(() => null);
        await new Promise((r) => setTimeout(r, 15 + 20 * kills));
        hub.child.kill('SIGKILL');
        await exited(hub.child);
        requests++;
        kills++;
        await inFlight;
        hub = await start();
        retried++;
      }
      const answer = await send(batches[b]);
      requests++;
      expect(answer?.accepted).toBe(BATCH); // PUBLISHED, or UNCHANGED when the killed attempt had committed
      for (const record of batches[b]) acknowledged.add(record.sourceId);
    }

    const [counts] = await api.sql(
      `SELECT count(*)::int AS rows, count(DISTINCT source_id)::int AS distinct_ids FROM licensing_decision WHERE publisher_code = $1`,
      [MARKET],
    );
    const [events] = await api.sql(`SELECT count(*)::int AS n FROM change_event WHERE type = 'licensing.published'`);
    const present = new Set(
      (await api.sql(`SELECT source_id FROM licensing_decision WHERE publisher_code = $1`, [MARKET])).map((r) => r.source_id as string),
    );
    const lost = [...acknowledged].filter((id) => !present.has(id)).length;
    expect(lost).toBe(0);
    expect(counts).toEqual({ rows: BATCHES * BATCH, distinct_ids: BATCHES * BATCH });
    expect(events.n).toBe(BATCHES * BATCH); // one event per record: a retry of a committed batch writes none
    recordFigures('SIGKILL during bulk publish', {
      requests,
      'kills (SIGKILL)': kills,
      'batches retried': retried,
      'records checked': acknowledged.size,
      duplicates: counts.rows - counts.distinct_ids,
      lost,
    });
  }, 120_000);
});
