import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyScope } from '@hub/shared-schema';
import { EmbeddedObjectStoreHandle, startEmbeddedObjectStore } from '../../apps/hub-api/src/object-store/embedded-object-store';
import { MARKET } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { exited, freePort, HubProcess, runHubCliAsync } from '../utils/hub-process';
import { gqlAt, hubCliEnv, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';
import { waitUntil } from '../utils/wait';
import { recordFigures } from './fault-figures';

const UPLOADS = 40;
const CLIENTS = 4;
const REQUEST = `mutation($input: RequestEvidenceUploadInput!) { requestEvidenceUpload(input: $input) { uploadUrl evidence { id } } }`;
const CONFIRM = `mutation($id: ID!) { confirmEvidenceUpload(id: $id) { id status } }`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('object store stopped during uploads (fault)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hub-s3-fault-'));
  let port: number;
  let store: EmbeddedObjectStoreHandle;
  let storeEnv: Record<string, string>;
  let api: TestApp; // fixtures and checks only
  let hub: HubProcess;

  beforeAll(async () => {
    port = await freePort();
    store = await startEmbeddedObjectStore({ directory, port });
    storeEnv = {
      S3_ENDPOINT: store.endpoint,
      S3_ACCESS_KEY: store.credentials.accessKey,
      S3_SECRET_KEY: store.credentials.secretKey,
      S3_BUCKET: 'fault-evidence',
    };
    api = await startTestApp({ HUB_DELIVERY_WORKER: 'false', ...storeEnv });
    await seed.foodMatter(api);
    hub = await startHubProcessOn(api, storeEnv);
  });
  afterAll(async () => {
    hub.child.kill('SIGTERM');
    await exited(hub.child);
    await api.close();
    await store.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers UNAVAILABLE while the store is down, leaves no orphan row, and completes every upload once it is back', async () => {
    const market = await api.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    const ownerId = await seed.licence(api, market, 1);

    const counts = { requests: 0, unavailable: 0, 'PUTs refused by the stopped store': 0, confirmed: 0 };
    const unexpected: string[] = [];
    /** Retries one step until it succeeds; only UNAVAILABLE (or, for the client's own PUT, a refused connection) is an expected failure. */
    async function step<T>(name: string, attempt: () => Promise<T | 'retry'>): Promise<T> {
      for (;;) {
        const result = await attempt();
        if (result !== 'retry') return result;
        await pause(50);
        if (unexpected.length) throw new Error(`${name}: ${unexpected.join('; ')}`);
      }
    }
    const call = (query: string, variables: Record<string, unknown>, pick: (data: any) => unknown) => async () => {
      counts.requests++;
      const answer = await gqlAt(hub.url, query, variables, { credential: market });
      if (!answer.errors) return pick(answer.data);
      const code = answer.errors[0].extensions?.code ?? 'NONE';
      if (code === 'UNAVAILABLE') counts.unavailable++;
      else unexpected.push(`${code}: ${JSON.stringify(answer.errors[0])}`);
      return 'retry' as const;
    };

    async function upload(n: number): Promise<void> {
      const bytes = randomBytes(64 * 1024 + n);
      const input = {
        ownerCategory: 'LICENSING',
        ownerId,
        fileName: `现场照片-${n}.jpg`,
        contentType: 'image/jpeg',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
      const requested = (await step(
        'request',
        call(REQUEST, { input }, (d) => d.requestEvidenceUpload),
      )) as { uploadUrl: string; evidence: { id: string } };
      await step('PUT', async () => {
        const status = await fetch(requested.uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/jpeg' } }).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return true;
        if (status === 0) counts['PUTs refused by the stopped store']++;
        else unexpected.push(`PUT answered ${status}`);
        return 'retry';
      });
      const confirmed = await step(
        'confirm',
        call(CONFIRM, { id: requested.evidence.id }, (d) => d.confirmEvidenceUpload.status),
      );
      if (confirmed !== 'CONFIRMED') unexpected.push(`confirm answered ${String(confirmed)}`);
      counts.confirmed++;
    }

    let next = 0;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (next < UPLOADS) await upload(next++);
    });

    // Stop the store part-way, with uploads in every phase; keep it down while the clients keep trying.
    await waitUntil(() => counts.confirmed >= 10, 60_000, '10 confirmed uploads');
    await store.stop();
    const refusals = () => counts.unavailable + counts['PUTs refused by the stopped store'];
    const downSince = refusals();
    const health = await fetch(`${hub.url}/health`);
    expect(health.status).toBe(503);
    expect(JSON.stringify(await health.json())).toContain('evidenceStore');
    await waitUntil(() => refusals() >= downSince + 20, 30_000, 'refusals while the store is down');
    const confirmedWhileDown = counts.confirmed;
    await pause(500);
    expect(counts.confirmed).toBe(confirmedWhileDown); // nothing confirms against a stopped store

    store = await startEmbeddedObjectStore({ directory, port, credentials: store.credentials });
    await Promise.all(clients);
    expect(unexpected).toEqual([]);
    expect(counts.unavailable).toBeGreaterThan(0);
    expect(counts.confirmed).toBe(UPLOADS);
    expect((await fetch(`${hub.url}/health`)).status).toBe(200);

    // No orphan rows: one row per upload, all confirmed, none left pending by a refused call; and every stored object matches its hash.
    const [rows] = await api.sql(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed FROM evidence_file`,
    );
    expect(rows).toEqual({ total: UPLOADS, confirmed: UPLOADS });
    const verified = await runHubCliAsync('evidence-verify.js', [], { ...hubCliEnv(api), ...storeEnv });
    expect(verified.stdout).toMatch(/altered 0, missing 0/);
    expect(hub.child.exitCode).toBeNull();

    recordFigures('object store stopped during uploads', {
      ...counts,
      outages: 1,
      'rows checked': rows.total,
      'orphan rows': rows.total - rows.confirmed,
      lost: UPLOADS - counts.confirmed,
    });
  }, 120_000);
});
