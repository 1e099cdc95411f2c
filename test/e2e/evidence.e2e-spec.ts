import { createHash, randomBytes } from 'node:crypto';

import { ApiKeyScope, Role } from '@hub/shared-schema';

import { EvidenceStoreLifecycle } from '../../apps/hub-api/src/modules/evidence/evidence-store-lifecycle.service';
import { ANHAI, MARKET, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { StoppableStore } from '../utils/stoppable-store';
import { freePort, runHubCliAsync } from '../utils/hub-process';
import { directStore } from '../utils/object-store';
import { hubCliEnv, onlyError, startTestApp, TestApp } from '../utils/test-app';

const REQUEST = `mutation($input: RequestEvidenceUploadInput!) { requestEvidenceUpload(input: $input) {
  uploadUrl expiresAt evidence { id status sha256 size fileName } } }`;
const CONFIRM = `mutation($id: ID!) { confirmEvidenceUpload(id: $id) { id status confirmedAt } }`;
const DOWNLOAD = `query($id: ID!) { evidenceDownloadUrl(id: $id) { url expiresAt sha256 } }`;
const DELETE = `mutation($id: ID!) { deleteEvidence(id: $id) { id status } }`;

/** Whether the run's store holds `key` in the test bucket (asked with the store's keys: it serves nothing unsigned). */
const stored = async (key: string) =>
  (await directStore()).statObject('hub-evidence-test', key).then(
    () => true,
    (error: { code?: string }) => {
      if (error.code === 'NotFound' || error.code === 'NoSuchKey') return false;
      throw error;
    },
  );

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const put = (url: string, bytes: Buffer, contentType = 'image/jpeg') =>
  fetch(url, { method: 'PUT', body: bytes, headers: { 'content-type': contentType } });

describe('evidence files in an S3-compatible store (e2e, s3rver over HTTP)', () => {
  let hub: TestApp;
  let market: string; // publisher of the licence: may attach and read its evidence
  let town: string; // a town with no part in the licence
  let supervisor: string;
  let licenceId: string;

  beforeAll(async () => {
    hub = await startTestApp({ EVIDENCE_MAX_BYTES: '1048576', EVIDENCE_CONTENT_TYPES: 'image/*,application/pdf' });
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    town = await hub.apiKey(ANHAI, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
    licenceId = await seed.licence(hub, market, 1);
  });
  afterAll(() => hub.close());

  const uploadUrls = new Map<string, string>();
  async function upload(bytes: Buffer, overrides: Record<string, unknown> = {}, credential = market) {
    const input = {
      ownerCategory: 'LICENSING',
      ownerId: licenceId,
      fileName: '现场照片.jpg',
      contentType: 'image/jpeg',
      size: bytes.length,
      sha256: sha256(bytes),
      ...overrides,
    };
    const requested = await hub.gql(REQUEST, { input }, { credential });
    expect(requested.errors).toBeUndefined();
    const { uploadUrl, evidence } = requested.data!.requestEvidenceUpload;
    expect((await put(uploadUrl, bytes)).status).toBe(200);
    uploadUrls.set(evidence.id, uploadUrl);
    return evidence.id as string;
  }

  it('uploads by presigned PUT, confirms against size and SHA-256, and downloads the same bytes', async () => {
    const bytes = randomBytes(200_000);
    const id = await upload(bytes);
    const confirmed = await hub.gql(CONFIRM, { id }, { credential: market });
    expect(confirmed.data?.confirmEvidenceUpload).toMatchObject({ id, status: 'CONFIRMED', confirmedAt: expect.any(String) });
    const link = (await hub.gql(DOWNLOAD, { id }, { credential: market })).data!.evidenceDownloadUrl;
    expect(link.sha256).toBe(sha256(bytes));
    const got = await fetch(link.url);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    expect(got.headers.get('content-disposition')).toContain(encodeURIComponent('现场照片.jpg'));

    // Confirmation removed the pending (upload) object; the confirmed bytes live under a key no upload URL names.
    const [{ object_key: finalKey }] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [id]);
    expect(await stored(`${finalKey}.upload`)).toBe(false);
    expect(await stored(finalKey)).toBe(true);
    // The upload URL is still within its lifetime, but a PUT to it cannot reach the confirmed file.
    expect((await put(uploadUrls.get(id)!, randomBytes(200_000))).status).toBe(200);
    expect(
      (await hub.gql('mutation($id: ID!) { verifyEvidence(id: $id) { integrity } }', { id }, { credential: market })).data?.verifyEvidence
        .integrity,
    ).toBe('INTACT');
    const again = await fetch((await hub.gql(DOWNLOAD, { id }, { credential: market })).data!.evidenceDownloadUrl.url);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    expect(onlyError(await hub.gql(CONFIRM, { id }, { credential: market })).extensions?.code).toBe('CONFLICT');

    const trail = (await hub.gql('query($id: ID!) { evidenceCustody(id: $id) { action unitCode } }', { id }, { credential: supervisor }))
      .data!.evidenceCustody;
    expect(trail.map((t: any) => t.action)).toEqual([
      'UPLOAD_REQUESTED',
      'CONFIRMED',
      'DOWNLOAD_URL_ISSUED',
      'VERIFIED_INTACT',
      'DOWNLOAD_URL_ISSUED',
    ]);
    const files = (
      await hub.gql(
        'query($id: ID!) { evidenceFiles(ownerCategory: LICENSING, ownerId: $id) { id status } }',
        { id: licenceId },
        { credential: market },
      )
    ).data!.evidenceFiles;
    expect(files).toContainEqual({ id, status: 'CONFIRMED' });
  });

  it("answers a browser's CORS preflight for a presigned URL, as MinIO does, and still refuses a PUT without a valid signature", async () => {
    const bytes = randomBytes(1000);
    const input = {
      ownerCategory: 'LICENSING',
      ownerId: licenceId,
      fileName: '现场照片.jpg',
      contentType: 'image/jpeg',
      size: 1000,
      sha256: sha256(bytes),
    };
    const { uploadUrl } = (await hub.gql(REQUEST, { input }, { credential: market })).data!.requestEvidenceUpload;
    const origin = 'http://console.example';
    const preflight = await fetch(uploadUrl, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');

    const fromPage = await fetch(uploadUrl, { method: 'PUT', body: bytes, headers: { origin, 'content-type': 'image/jpeg' } });
    expect(fromPage.status).toBe(200);
    expect(fromPage.headers.get('access-control-allow-origin')).toBe(origin);
    // The preflight opened nothing: the same PUT with the signature cut off is refused, readably for the page.
    const unsigned = await fetch(uploadUrl.split('?')[0], {
      method: 'PUT',
      body: bytes,
      headers: { origin, 'content-type': 'image/jpeg' },
    });
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('access-control-allow-origin')).toBe(origin);
    // A preflight is checked as the request it announces: for the URL without its signature, or for another
    // method than the one presigned, it is refused.
    const ask = (url: string, method: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method } }).then((r) => r.status);
    expect(await ask(uploadUrl.split('?')[0], 'PUT')).toBe(403);
    expect(await ask(uploadUrl, 'DELETE')).toBe(403);
    // An OPTIONS that is not a preflight goes to the signature check like any other request.
    expect((await fetch(uploadUrl.split('?')[0], { method: 'OPTIONS', headers: { origin } })).status).toBe(403);
  });

  it('rejects a wrong hash or size at confirmation and removes the object', async () => {
    const bytes = randomBytes(5_000);
    const wrongHash = await upload(bytes, { sha256: sha256(Buffer.from('something else')) });
    const error = onlyError(await hub.gql(CONFIRM, { id: wrongHash }, { credential: market }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toContain('SHA-256');
    const [row] = await hub.sql('SELECT object_key, status FROM evidence_file WHERE id = $1', [wrongHash]);
    expect(row.status).toBe('PENDING');
    expect(await stored(row.object_key)).toBe(false);
    expect(await stored(row.object_key.replace(/\.upload$/, ''))).toBe(false); // nor the copy that was hashed
    const trail = await hub.sql(`SELECT action FROM evidence_custody WHERE evidence_id = $1 ORDER BY id`, [wrongHash]);
    expect(trail.map((t) => t.action)).toEqual(['UPLOAD_REQUESTED', 'UPLOAD_REJECTED']);

    const wrongSize = await upload(bytes, { size: bytes.length + 1, sha256: sha256(bytes) });
    const sizeError = onlyError(await hub.gql(CONFIRM, { id: wrongSize }, { credential: market }));
    expect(sizeError.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(sizeError.message).toContain(`${bytes.length} bytes, ${bytes.length + 1} were declared`);
    const [sized] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [wrongSize]);
    expect(await stored(sized.object_key)).toBe(false);
    const nothing = (
      await hub.gql(
        REQUEST,
        {
          input: {
            ownerCategory: 'LICENSING',
            ownerId: licenceId,
            fileName: 'a.pdf',
            contentType: 'application/pdf',
            size: 10,
            sha256: 'a'.repeat(64),
          },
        },
        { credential: market },
      )
    ).data!.requestEvidenceUpload.evidence.id;
    expect(onlyError(await hub.gql(CONFIRM, { id: nothing }, { credential: market })).message).toContain('PUT the file');
  });

  it('refuses a content type off the list and an oversized file before any URL is issued', async () => {
    const base = {
      ownerCategory: 'LICENSING',
      ownerId: licenceId,
      fileName: 'x.exe',
      contentType: 'application/x-msdownload',
      size: 10,
      sha256: 'a'.repeat(64),
    };
    const before = (await hub.sql('SELECT count(*)::int AS n FROM evidence_file'))[0].n;
    expect(onlyError(await hub.gql(REQUEST, { input: base }, { credential: market })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.contentType',
    });
    expect(
      onlyError(await hub.gql(REQUEST, { input: { ...base, contentType: 'image/png', size: 2_000_000 } }, { credential: market }))
        .extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.size' });
    expect(
      onlyError(await hub.gql(REQUEST, { input: { ...base, contentType: 'image/png', sha256: 'xyz' } }, { credential: market })).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.sha256' });
    expect(
      onlyError(await hub.gql(REQUEST, { input: { ...base, contentType: 'image/png', fileName: '../etc/passwd' } }, { credential: market }))
        .extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fileName' });
    expect((await hub.sql('SELECT count(*)::int AS n FROM evidence_file'))[0].n).toBe(before);
  });

  it('gives a unit with no part in the owner FORBIDDEN, and audits every issued download URL', async () => {
    const id = await upload(randomBytes(1000));
    await hub.gql(CONFIRM, { id }, { credential: market });
    expect(onlyError(await hub.gql(DOWNLOAD, { id }, { credential: town })).extensions?.code).toBe('FORBIDDEN');
    const bytes = randomBytes(10);
    const attach = await hub.gql(
      REQUEST,
      {
        input: {
          ownerCategory: 'LICENSING',
          ownerId: licenceId,
          fileName: 'a.jpg',
          contentType: 'image/jpeg',
          size: 10,
          sha256: sha256(bytes),
        },
      },
      { credential: town },
    );
    expect(onlyError(attach).extensions?.code).toBe('FORBIDDEN');
    expect((await hub.gql(DOWNLOAD, { id }, { credential: supervisor })).data?.evidenceDownloadUrl.url).toMatch(/^http/);
    await hub.gql(DOWNLOAD, { id }, { credential: market });
    const audits = await hub.sql(
      `SELECT unit_code, outcome FROM audit_entry WHERE operation = 'evidence.downloadUrl' AND target = $1 ORDER BY id`,
      [id],
    );
    // The town's refused request is audited as refused; it was issued nothing.
    expect(audits).toEqual([
      { unit_code: ANHAI, outcome: 'FORBIDDEN' },
      { unit_code: 'joint-meeting-office', outcome: 'OK' },
      { unit_code: MARKET, outcome: 'OK' },
    ]);
  });

  it('keeps objects immutable: a correction is a new file linked to the old one; protected evidence cannot be deleted', async () => {
    const first = await upload(randomBytes(300));
    await hub.gql(CONFIRM, { id: first }, { credential: market });
    const second = await upload(randomBytes(301), { supersedesId: first });
    await hub.gql(CONFIRM, { id: second }, { credential: market });
    const [row] = await hub.sql('SELECT supersedes_id FROM evidence_file WHERE id = $1', [second]);
    expect(row.supersedes_id).toBe(first);
    expect(
      (await hub.sql(`SELECT action FROM evidence_custody WHERE evidence_id = $1 ORDER BY id`, [first])).map((r) => r.action),
    ).toContain('CORRECTED');

    const qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    const complaintId = await seed.complaint(hub, qingyang, {
      sourceId: 'EV-1',
      channel: 'REPORT',
      receivedAt: '2026-11-20T02:30:00Z',
      summary: '占道经营',
      status: 'RECEIVED',
    });
    const bytes = randomBytes(100);
    const requested = await hub.gql(
      REQUEST,
      {
        input: {
          ownerCategory: 'COMPLAINT',
          ownerId: complaintId,
          fileName: 'p.jpg',
          contentType: 'image/jpeg',
          size: 100,
          sha256: sha256(bytes),
        },
      },
      { credential: qingyang },
    );
    await put(requested.data!.requestEvidenceUpload.uploadUrl, bytes);
    const evidenceId = requested.data!.requestEvidenceUpload.evidence.id;
    await hub.gql(CONFIRM, { id: evidenceId }, { credential: qingyang });
    expect(onlyError(await hub.gql(DELETE, { id: evidenceId }, { credential: qingyang })).extensions?.code).toBe('CONFLICT');
    await expect(hub.sql(`DELETE FROM evidence_custody WHERE evidence_id = $1`, [evidenceId])).rejects.toThrow(/append-only/);

    // A penalty's evidence is kept for good too; a licence's may be withdrawn, and leaves the store.
    const penaltyId = await seed.penalty(hub, qingyang, 31);
    const penaltyBytes = randomBytes(64);
    const onPenalty = await hub.gql(
      REQUEST,
      {
        input: {
          ownerCategory: 'PENALTY',
          ownerId: penaltyId,
          fileName: '询问笔录.pdf',
          contentType: 'application/pdf',
          size: 64,
          sha256: sha256(penaltyBytes),
        },
      },
      { credential: qingyang },
    );
    await put(onPenalty.data!.requestEvidenceUpload.uploadUrl, penaltyBytes, 'application/pdf');
    const penaltyEvidence = onPenalty.data!.requestEvidenceUpload.evidence.id;
    expect((await hub.gql(CONFIRM, { id: penaltyEvidence }, { credential: qingyang })).data?.confirmEvidenceUpload.status).toBe(
      'CONFIRMED',
    );
    expect(onlyError(await hub.gql(DELETE, { id: penaltyEvidence }, { credential: qingyang })).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
    });

    const [kept] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [second]);
    expect(await stored(kept.object_key)).toBe(true);
    expect((await hub.gql(DELETE, { id: second }, { credential: market })).data?.deleteEvidence.status).toBe('DELETED');
    expect(await stored(kept.object_key)).toBe(false);
    expect(
      (await hub.sql(`SELECT action FROM evidence_custody WHERE evidence_id = $1 ORDER BY id`, [second])).map((r) => r.action).at(-1),
    ).toBe('DELETED');
  });

  it('cleans uploads left unconfirmed for 24 hours', async () => {
    const id = await upload(randomBytes(50));
    await hub.sql(`UPDATE evidence_file SET created_at = now() - interval '25 hours' WHERE id = $1`, [id]);
    const recent = await upload(randomBytes(50));
    const [row] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [id]);
    expect(await stored(row.object_key)).toBe(true);
    expect(await hub.app.get(EvidenceStoreLifecycle).sweep()).toBeGreaterThanOrEqual(1);
    expect((await hub.sql('SELECT status FROM evidence_file WHERE id = $1', [id]))[0].status).toBe('DELETED');
    expect(await stored(row.object_key)).toBe(false);
    expect(await hub.sql(`SELECT action, actor_name FROM evidence_custody WHERE evidence_id = $1 ORDER BY id`, [id])).toEqual([
      { action: 'UPLOAD_REQUESTED', actor_name: expect.any(String) },
      { action: 'UNCONFIRMED_REMOVED', actor_name: 'hub' },
    ]);
    expect((await hub.sql('SELECT status FROM evidence_file WHERE id = $1', [recent]))[0].status).toBe('PENDING');
  });

  it('removes the pending key a late PUT wrote again, once the upload URL has expired, and keeps the confirmed file', async () => {
    const bytes = randomBytes(800);
    const id = await upload(bytes);
    await hub.gql(CONFIRM, { id }, { credential: market });
    const [{ object_key: finalKey }] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [id]);
    expect((await put(uploadUrls.get(id)!, randomBytes(800))).status).toBe(200); // the URL cannot be revoked before it expires
    expect(await stored(`${finalKey}.upload`)).toBe(true);
    const lifecycle = hub.app.get(EvidenceStoreLifecycle);
    await lifecycle.sweepLateUploads();
    expect(await stored(`${finalKey}.upload`)).toBe(true); // still inside the URL's lifetime: left for later
    await hub.sql(`UPDATE evidence_file SET upload_expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect(await lifecycle.sweepLateUploads()).toBeGreaterThanOrEqual(1);
    expect(await stored(`${finalKey}.upload`)).toBe(false);
    expect((await hub.sql('SELECT upload_swept, status FROM evidence_file WHERE id = $1', [id]))[0]).toEqual({
      upload_swept: true,
      status: 'CONFIRMED',
    });
    const link = (await hub.gql(DOWNLOAD, { id }, { credential: market })).data!.evidenceDownloadUrl;
    expect(Buffer.from(await (await fetch(link.url)).arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('completes a confirmation that a store failure cut off after the upload was removed (the copy is checked)', async () => {
    const bytes = randomBytes(3000);
    const id = await upload(bytes);
    // What the interrupted confirmation left: the copy under the final key, the upload gone, the row PENDING.
    const [row] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [id]);
    const { CopyConditions } = await import('minio');
    const direct = await directStore();
    const finalKey = (row.object_key as string).replace(/\.upload$/, '');
    await direct.copyObject('hub-evidence-test', finalKey, `/hub-evidence-test/${row.object_key}`, new CopyConditions());
    await direct.removeObject('hub-evidence-test', row.object_key);
    const confirmed = await hub.gql(CONFIRM, { id }, { credential: market });
    expect(confirmed.data?.confirmEvidenceUpload.status).toBe('CONFIRMED');
    const link = (await hub.gql(DOWNLOAD, { id }, { credential: market })).data!.evidenceDownloadUrl;
    expect(Buffer.from(await (await fetch(link.url)).arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('reports an object overwritten in the store (evidence:verify), and the receiver can re-verify', async () => {
    const bytes = randomBytes(1000);
    const id = await upload(bytes);
    await hub.gql(CONFIRM, { id }, { credential: market });
    const env = hubCliEnv(hub);
    const clean = await runHubCliAsync('evidence-verify.js', [], env);
    expect(clean).toMatchObject({ code: 0, stdout: expect.stringMatching(/altered 0, missing 0/) });

    // Someone with access to the store overwrites the object directly (presigned by the store itself).
    const [row] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [id]);
    const direct = await directStore();
    await direct.putObject('hub-evidence-test', row.object_key, Buffer.from('tampered'));

    const tampered = await runHubCliAsync('evidence-verify.js', [], env);
    expect(tampered.code).toBe(3);
    expect(tampered.stdout).toContain(`ALTERED ${id}`);
    expect(tampered.stdout).toMatch(/altered 1, missing 0/);
    const verified = await hub.gql(
      'mutation($id: ID!) { verifyEvidence(id: $id) { integrity expectedSha256 foundSha256 } }',
      { id },
      { credential: supervisor },
    );
    expect(verified.data?.verifyEvidence).toMatchObject({
      integrity: 'ALTERED',
      expectedSha256: sha256(bytes),
      foundSha256: sha256(Buffer.from('tampered')),
    });

    // An object removed from the store is reported missing.
    const gone = await upload(randomBytes(700));
    await hub.gql(CONFIRM, { id: gone }, { credential: market });
    const [goneRow] = await hub.sql('SELECT object_key FROM evidence_file WHERE id = $1', [gone]);
    await direct.removeObject('hub-evidence-test', goneRow.object_key);
    const missing = await runHubCliAsync('evidence-verify.js', [], env);
    expect(missing.code).toBe(3);
    expect(missing.stdout).toContain(`MISSING ${gone}`);
    expect(missing.stdout).toMatch(/altered 1, missing 1/);
    const trail = await hub.sql(
      `SELECT action, actor_name FROM evidence_custody WHERE evidence_id = $1 AND action LIKE 'VERIFIED_%' ORDER BY id`,
      [id],
    );
    expect(trail).toEqual([
      { action: 'VERIFIED_INTACT', actor_name: 'evidence:verify' },
      { action: 'VERIFIED_ALTERED', actor_name: 'evidence:verify' },
      { action: 'VERIFIED_ALTERED', actor_name: expect.any(String) },
      { action: 'VERIFIED_ALTERED', actor_name: 'evidence:verify' },
    ]);
  });

  it('tells on /health that this store does not lock objects (the hub refuses deletes of protected evidence itself)', async () => {
    const health = await fetch(`${hub.url}/health`);
    expect(await health.json()).toMatchObject({ details: { evidenceStore: { status: 'up', objectLock: false } } });
  });
});

describe('evidence with the object store stopped (e2e)', () => {
  it('answers UNAVAILABLE and leaves no row; /health says so; back up, uploads succeed', async () => {
    const store = await StoppableStore.start('hub-s3-down-');
    const hub = await startTestApp(store.env('down-test'));
    try {
      const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
      await seed.foodMatter(hub);
      const ownerId = await seed.licence(hub, market, 7);
      const bytes = randomBytes(100);
      const input = {
        ownerCategory: 'LICENSING',
        ownerId,
        fileName: 'a.pdf',
        contentType: 'application/pdf',
        size: 100,
        sha256: sha256(bytes),
      };
      const earlier = (await hub.gql(REQUEST, { input }, { credential: market })).data!.requestEvidenceUpload;
      expect((await put(earlier.uploadUrl, bytes, 'application/pdf')).status).toBe(200);
      expect((await hub.gql(CONFIRM, { id: earlier.evidence.id }, { credential: market })).data?.confirmEvidenceUpload.status).toBe(
        'CONFIRMED',
      );

      await store.stop();
      const refused = onlyError(await hub.gql(REQUEST, { input }, { credential: market }));
      expect(refused.extensions?.code).toBe('UNAVAILABLE');
      expect((await hub.sql('SELECT count(*)::int AS n FROM evidence_file'))[0].n).toBe(1);
      // No download link while the store is down: UNAVAILABLE, nothing in the custody trail, the refusal audited as such.
      const noLink = await hub.gql(DOWNLOAD, { id: earlier.evidence.id }, { credential: market });
      expect(onlyError(noLink).extensions?.code).toBe('UNAVAILABLE');
      expect(noLink.data?.evidenceDownloadUrl ?? null).toBeNull();
      expect(
        (await hub.sql(`SELECT action FROM evidence_custody WHERE evidence_id = $1 ORDER BY id`, [earlier.evidence.id])).map(
          (r) => r.action,
        ),
      ).toEqual(['UPLOAD_REQUESTED', 'CONFIRMED']);
      expect(
        await hub.sql(`SELECT outcome FROM audit_entry WHERE operation = 'evidence.downloadUrl' AND target = $1`, [earlier.evidence.id]),
      ).toEqual([{ outcome: 'UNAVAILABLE' }]);
      const health = await fetch(`${hub.url}/health`);
      expect(health.status).toBe(503);
      expect(JSON.stringify(await health.json())).toContain('evidenceStore');

      await store.restart();
      const requested = await hub.gql(REQUEST, { input }, { credential: market });
      expect((await put(requested.data!.requestEvidenceUpload.uploadUrl, bytes, 'application/pdf')).status).toBe(200);
      expect(
        (await hub.gql(CONFIRM, { id: requested.data!.requestEvidenceUpload.evidence.id }, { credential: market })).data
          ?.confirmEvidenceUpload.status,
      ).toBe('CONFIRMED');
      expect((await fetch(`${hub.url}/health`)).status).toBe(200);
      const link = (await hub.gql(DOWNLOAD, { id: earlier.evidence.id }, { credential: market })).data!.evidenceDownloadUrl;
      expect(Buffer.from(await (await fetch(link.url)).arrayBuffer()).equals(bytes)).toBe(true);
    } finally {
      await hub.close();
      await store.remove();
    }
  });

  it('starts with the store unreachable, and says so on /health', async () => {
    const hub = await startTestApp({ S3_ENDPOINT: `http://127.0.0.1:${await freePort()}` });
    try {
      const health = await fetch(`${hub.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ details: { database: { status: 'up' }, evidenceStore: { status: 'down' } } });
    } finally {
      await hub.close();
    }
  });
});
