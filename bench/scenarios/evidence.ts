import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'minio';
import { request } from 'undici';
import { startEmbeddedObjectStore } from '../../apps/hub-api/src/object-store/embedded-object-store';
import { freePort } from '../../test/utils/hub-process';
import { MARKET } from '../../test/utils/fixtures';
import { dropDatabase, freshDatabase, withClient } from '../lib/bench-database';
import { gql, issueApiKey, startBenchHub } from '../lib/hub';
import { note } from '../lib/report';
import { Scenario } from '../lib/scenario';
import { partyUscc, seedRecords } from '../lib/seed';

const FILE_BYTES = 20 * 2 ** 20;
const BUCKET = 'hub-evidence-bench';
const REQUEST = `mutation($input: RequestEvidenceUploadInput!) { requestEvidenceUpload(input: $input) { uploadUrl evidence { id } } }`;
const CONFIRM = `mutation($id: ID!) { confirmEvidenceUpload(id: $id) { status } }`;
const DOWNLOAD = `query($id: ID!) { evidenceDownloadUrl(id: $id) { url } }`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Both paths move the bytes with the same plain HTTP client (undici) over presigned URLs, so the
 * ratio is what the hub adds (request, confirmation with its copy and read-back, download URL), not
 * a difference between HTTP clients.
 */
async function putBytes(url: string, bytes: Buffer): Promise<void> {
  const { statusCode, body } = await request(url, { method: 'PUT', body: bytes, headers: { 'content-type': 'video/mp4' } });
  await body.dump();
  if (statusCode !== 200) throw new Error(`presigned PUT answered ${statusCode}`);
}

async function getBytes(url: string): Promise<Buffer> {
  const { statusCode, body } = await request(url);
  const bytes = Buffer.from(await body.arrayBuffer());
  if (statusCode !== 200) throw new Error(`presigned GET answered ${statusCode}`);
  return bytes;
}

export const evidence: Scenario = {
  name: 'evidence',
  describe:
    "20 MB files: upload, confirm and download through the hub's presigned flow vs direct S3 put and get against the same server, the same HTTP client moving the bytes",
  async run(ctx) {
    const name = 'hub_bench_evidence';
    const url = await freshDatabase(name);
    const files = Math.max(3, Math.round(10 * ctx.scale));
    const dir = mkdtempSync(join(tmpdir(), 'hub-bench-s3-'));
    const s3 = await startEmbeddedObjectStore({ directory: dir, port: await freePort() });
    const licenceId = randomUUID();
    const key = await withClient(url, async (client) => {
      await seedRecords(client, { matters: 1, parties: 1, licences: 0, penalties: 0 });
      await client.query(
        `INSERT INTO licensing_decision (id, publisher_code, source_id, version, content_hash, kind, licence_number, holder_name, holder_uscc, matter_code, valid_from, status, decision_date)
         VALUES ($1, $2, 'EV-1', 1, repeat('0', 64), 'LICENCE', '晋许EV1', '企业', $3, 'BM-0001', '2025-01-01', 'VALID', '2025-01-01')`,
        [licenceId, MARKET, partyUscc(0)],
      );
      return issueApiKey(client, MARKET, ['PUBLISH', 'READ']);
    });
    const hub = await startBenchHub(url, {
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: s3.credentials.accessKey,
      S3_SECRET_KEY: s3.credentials.secretKey,
      S3_BUCKET: BUCKET,
      EVIDENCE_MAX_BYTES: String(64 * 2 ** 20),
    });
    const endpoint = new URL(s3.endpoint);
    const store = new Client({
      endPoint: endpoint.hostname,
      port: Number(endpoint.port),
      useSSL: false,
      ...s3.credentials,
      region: 'us-east-1',
      pathStyle: true,
    });
    try {
      const payloads = Array.from({ length: files }, () => randomBytes(FILE_BYTES));
      const throughHub = async (bytes: Buffer, i: number) => {
        const input = {
          ownerCategory: 'LICENSING',
          ownerId: licenceId,
          fileName: `现场视频${i}.mp4`,
          contentType: 'video/mp4',
          size: bytes.length,
          sha256: sha256(bytes),
        };
        const requested = await gql<{ requestEvidenceUpload: { uploadUrl: string; evidence: { id: string } } }>(hub.url, key, REQUEST, {
          input,
        });
        await putBytes(requested.requestEvidenceUpload.uploadUrl, bytes);
        const id = requested.requestEvidenceUpload.evidence.id;
        await gql(hub.url, key, CONFIRM, { id });
        const link = await gql<{ evidenceDownloadUrl: { url: string } }>(hub.url, key, DOWNLOAD, { id });
        if (!(await getBytes(link.evidenceDownloadUrl.url)).equals(bytes))
          throw new Error('downloaded evidence differs from what was uploaded');
      };
      const direct = async (bytes: Buffer, name: string) => {
        await putBytes(await store.presignedPutObject(BUCKET, name, 900), bytes);
        if (!(await getBytes(await store.presignedGetObject(BUCKET, name, 300))).equals(bytes)) throw new Error('direct download differs');
      };
      // One file each way first, not counted: the hub's and the store's first requests warm them up.
      await throughHub(payloads[0], -1);
      await direct(payloads[0], 'direct/warm-up');

      const hubStart = performance.now();
      for (const [i, bytes] of payloads.entries()) await throughHub(bytes, i);
      const hubSeconds = (performance.now() - hubStart) / 1000;

      const directStart = performance.now();
      for (const [i, bytes] of payloads.entries()) await direct(bytes, `direct/${i}`);
      const directSeconds = (performance.now() - directStart) / 1000;

      const megabytes = (files * FILE_BYTES * 2) / 2 ** 20; // up and down
      ctx.log(
        note(
          'evidence',
          `${files} files of 20 MB, each uploaded, confirmed (size and SHA-256 read back) and downloaded; hub peak RSS ${hub.peakRssMb().toFixed(0)} MB`,
        ),
      );
      return [
        {
          scenario: 'evidence',
          metric: 'upload + download throughput',
          hub: megabytes / hubSeconds,
          ceiling: megabytes / directSeconds,
          unit: 'MB/s',
          higherIsBetter: true,
          target: 0.5,
        },
      ];
    } finally {
      await hub.stop();
      await s3.stop();
      rmSync(dir, { recursive: true, force: true });
      await dropDatabase(name);
    }
  },
};
