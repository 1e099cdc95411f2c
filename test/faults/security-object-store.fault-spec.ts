import { createHash, randomBytes } from 'node:crypto';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { SignatureV4 } from '@smithy/signature-v4';
import { Client } from 'minio';
import { NodeSha256 } from '../../apps/hub-api/src/object-store/sigv4-verifier';
import { FOOD_MATTER, penalty, QINGYANG } from '../utils/fixtures';
import { onlyError, startTestApp, TestApp, testObjectStoreEnv } from '../utils/test-app';
import { recordAttacks } from './fault-figures';

const REQUEST = `mutation($input: RequestEvidenceUploadInput!) { requestEvidenceUpload(input: $input) { uploadUrl evidence { id } } }`;
const CONFIRM = `mutation($id: ID!) { confirmEvidenceUpload(id: $id) { status } }`;
const DOWNLOAD = `query($id: ID!) { evidenceDownloadUrl(id: $id) { url } }`;
const VERIFY = `mutation($id: ID!) { verifyEvidence(id: $id) { integrity } }`;
const DELETE = `mutation($id: ID!) { deleteEvidence(id: $id) { status } }`;
const BUCKET = 'hub-evidence-test';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const status = (url: string, init: RequestInit = {}) => fetch(url, init).then(async (r) => (await r.arrayBuffer(), r.status));
/** Replaces the signature of a presigned URL by another of the same shape. */
const forged = (url: string) => url.replace(/X-Amz-Signature=[0-9a-f]{64}/, `X-Amz-Signature=${'0'.repeat(64)}`);

/**
 * The embedded store (s3rver behind the hub's SigV4 verifier) is attacked from outside:
 * every request that is unsigned, signed with another key or secret, forged, expired, stripped of its
 * query or replayed out of its window answers 403; a confirmed file of a penalty can be changed or
 * removed by none of them, nor through the hub. The hub's own presigned URLs keep working.
 */
describe('security: the evidence store refuses what the hub did not sign (fault)', () => {
  let hub: TestApp;
  let town: string;
  let env: Record<string, string>;
  let endpoint: URL;
  let evidenceId: string;
  let finalKey: string;
  let uploadUrl: string;
  let downloadUrl: string;
  const bytes = randomBytes(4096);

  const storeAs = (accessKey: string, secretKey: string) =>
    new Client({
      endPoint: endpoint.hostname,
      port: Number(endpoint.port),
      useSSL: false,
      accessKey,
      secretKey,
      region: 'us-east-1',
      pathStyle: true,
    });
  const objectUrl = (key: string) => `${env.S3_ENDPOINT}/${BUCKET}/${key}`;
  const integrity = async () => (await hub.gql(VERIFY, { id: evidenceId }, { credential: town })).data?.verifyEvidence.integrity as string;

  beforeAll(async () => {
    env = testObjectStoreEnv();
    endpoint = new URL(env.S3_ENDPOINT);
    hub = await startTestApp({});
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    await hub.gql(
      'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }',
      { input: FOOD_MATTER },
      { credential: admin },
    );
    town = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    const penaltyId = (
      await hub.gql(
        `mutation($input: PenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { id } }`,
        { input: penalty(71) },
        { credential: town },
      )
    ).data!.publishPenaltyDecision.id;
    const input = {
      ownerCategory: 'PENALTY',
      ownerId: penaltyId,
      fileName: '现场检查笔录.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
    };
    const requested = (await hub.gql(REQUEST, { input }, { credential: town })).data!.requestEvidenceUpload;
    uploadUrl = requested.uploadUrl;
    evidenceId = requested.evidence.id;
    // Valid presigned upload, confirmation and download still work (the controls of every attack below).
    expect(await status(uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/pdf' } })).toBe(200);
    expect((await hub.gql(CONFIRM, { id: evidenceId }, { credential: town })).data?.confirmEvidenceUpload.status).toBe('CONFIRMED');
    [{ object_key: finalKey }] = await hub.sql<{ object_key: string }>('SELECT object_key FROM evidence_file WHERE id = $1', [evidenceId]);
    downloadUrl = (await hub.gql(DOWNLOAD, { id: evidenceId }, { credential: town })).data!.evidenceDownloadUrl.url;
    const got = await fetch(downloadUrl);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  });
  afterAll(() => hub.close());

  it('answers 403 to every request not signed with the hub credentials or a valid, unexpired presigned signature', async () => {
    const pendingKey = `${finalKey}.upload`;
    const stranger = storeAs('AKIASTRANGER0000000', env.S3_SECRET_KEY);
    const wrongSecret = storeAs(env.S3_ACCESS_KEY, 'not-the-secret-of-this-store');
    const hubKeys = storeAs(env.S3_ACCESS_KEY, env.S3_SECRET_KEY);
    const anHourAgo = new Date(Date.now() - 3600_000);
    const expired = await hubKeys.presignedUrl('GET', BUCKET, finalKey, 60, {}, anHourAgo);
    /** A header-signed GET (another signer than the hub's, so the form itself is checked) dated `at`. */
    const headerSigned = async (at: Date, key = finalKey) => {
      const signer = new SignatureV4({
        service: 's3',
        region: 'us-east-1',
        sha256: NodeSha256,
        uriEscapePath: false,
        credentials: { accessKeyId: env.S3_ACCESS_KEY, secretAccessKey: env.S3_SECRET_KEY },
      });
      const signed = await signer.sign(
        {
          method: 'GET',
          protocol: 'http:',
          hostname: endpoint.hostname,
          port: Number(endpoint.port),
          path: `/${BUCKET}/${key}`,
          query: {},
          headers: { host: endpoint.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
        },
        { signingDate: at },
      );
      return status(objectUrl(key), { headers: signed.headers });
    };
    // The same signer, dated now, is served: the refusals below are about the signature, not the client.
    expect(await headerSigned(new Date())).toBe(200);

    const attacks: Array<[string, () => Promise<number>]> = [
      ['unsigned list of the bucket', () => status(`${env.S3_ENDPOINT}/${BUCKET}/`)],
      ['unsigned list of buckets', () => status(`${env.S3_ENDPOINT}/`)],
      ['unsigned GET of a confirmed file', () => status(objectUrl(finalKey))],
      ['unsigned HEAD of a confirmed file', () => status(objectUrl(finalKey), { method: 'HEAD' })],
      ['unsigned PUT over a confirmed file', () => status(objectUrl(finalKey), { method: 'PUT', body: 'tampered' })],
      ['unsigned DELETE of a confirmed file', () => status(objectUrl(finalKey), { method: 'DELETE' })],
      ['unsigned PUT of a new object', () => status(objectUrl('evidence/planted.pdf'), { method: 'PUT', body: 'planted' })],
      [
        'unsigned CORS preflight',
        () =>
          status(objectUrl(finalKey), {
            method: 'OPTIONS',
            headers: { origin: 'http://evil.example', 'access-control-request-method': 'PUT' },
          }),
      ],
      ['presigned GET with a forged signature', () => status(forged(downloadUrl))],
      ['presigned GET used to PUT', () => status(downloadUrl, { method: 'PUT', body: 'tampered' })],
      ['presigned GET used to DELETE', () => status(downloadUrl, { method: 'DELETE' })],
      ['presigned GET moved to another key', () => status(downloadUrl.replace(finalKey, pendingKey))],
      ['presigned GET with a longer X-Amz-Expires', () => status(downloadUrl.replace(/X-Amz-Expires=\d+/, 'X-Amz-Expires=604800'))],
      [
        'presigned GET with the response type changed',
        () => status(downloadUrl.replace(/response-content-type=[^&]+/, 'response-content-type=text%2Fhtml')),
      ],
      [
        'presigned upload URL moved to the confirmed key',
        () => status(uploadUrl.replace(pendingKey, finalKey), { method: 'PUT', body: 'tampered' }),
      ],
      ['presigned upload URL with a forged signature', () => status(forged(uploadUrl), { method: 'PUT', body: 'tampered' })],
      ['expired presigned URL', () => status(expired)],
      ['expired presigned URL with its query removed', () => status(expired.split('?')[0])],
      ['download URL with its query removed', () => status(downloadUrl.split('?')[0])],
      [
        'signature version 2 query',
        () => status(`${objectUrl(finalKey)}?AWSAccessKeyId=${env.S3_ACCESS_KEY}&Expires=9999999999&Signature=abc%3D`),
      ],
      [
        'signature version 2 header',
        () => status(objectUrl(finalKey), { headers: { authorization: `AWS ${env.S3_ACCESS_KEY}:abc=`, date: new Date().toUTCString() } }),
      ],
      [
        's3rver well-known key S3RVER',
        () =>
          storeAs('S3RVER', 'S3RVER')
            .presignedGetObject(BUCKET, finalKey, 60)
            .then((url) => status(url)),
      ],
      ['presigned GET with a wrong access key', () => stranger.presignedGetObject(BUCKET, finalKey, 60).then((url) => status(url))],
      [
        'presigned PUT with a wrong access key',
        () => stranger.presignedPutObject(BUCKET, finalKey, 60).then((url) => status(url, { method: 'PUT', body: 'tampered' })),
      ],
      [
        'header-signed GET with a wrong access key',
        () =>
          stranger.getObject(BUCKET, finalKey).then(
            () => 200,
            (e: { code?: string }) => (e.code === 'InvalidAccessKeyId' ? 403 : 0),
          ),
      ],
      [
        'header-signed DELETE with the wrong secret',
        () =>
          wrongSecret.removeObject(BUCKET, finalKey).then(
            () => 204,
            (e: { code?: string }) => (e.code === 'SignatureDoesNotMatch' ? 403 : 0),
          ),
      ],
      ['header-signed GET replayed an hour later', () => headerSigned(anHourAgo)],
      ['header-signed GET dated an hour ahead', () => headerSigned(new Date(Date.now() + 3600_000))],
    ];

    const mishandled: string[] = [];
    for (const [name, attack] of attacks) {
      const answered = await attack();
      if (answered !== 403) mishandled.push(`${name}: ${answered}`);
    }
    recordAttacks('security: object store', { tried: attacks.length, mishandled: mishandled.length });
    expect(mishandled).toEqual([]);
    // None of it touched the confirmed file, and nothing was planted.
    expect(await integrity()).toBe('INTACT');
    await expect(hubKeys.statObject(BUCKET, 'evidence/planted.pdf')).rejects.toMatchObject({ code: 'NotFound' });
  });

  it('keeps a confirmed file unchangeable and unremovable: the pending object is gone, a PUT to the old upload URL does not reach it, the hub refuses its deletion', async () => {
    const hubKeys = storeAs(env.S3_ACCESS_KEY, env.S3_SECRET_KEY);
    // Confirmation removed the pending (upload) object.
    await expect(hubKeys.statObject(BUCKET, `${finalKey}.upload`)).rejects.toMatchObject({ code: 'NotFound' });

    const tries: Array<[string, () => Promise<boolean>]> = [
      // The upload URL is still inside its lifetime; it can only write its own key, never the confirmed one.
      [
        'PUT to the old upload URL after confirmation',
        async () => (await status(uploadUrl, { method: 'PUT', body: 'tampered', headers: { 'content-type': 'application/pdf' } }), true),
      ],
      [
        'deleteEvidence through the hub',
        async () => onlyError(await hub.gql(DELETE, { id: evidenceId }, { credential: town })).extensions?.code === 'CONFLICT',
      ],
      [
        'confirmEvidenceUpload again after a late PUT',
        async () => onlyError(await hub.gql(CONFIRM, { id: evidenceId }, { credential: town })).extensions?.code === 'CONFLICT',
      ],
    ];
    let mishandled = 0;
    for (const [, attempt] of tries) {
      const refused = await attempt();
      const stillIntact = (await integrity()) === 'INTACT';
      if (!refused || !stillIntact) mishandled++;
    }
    recordAttacks('security: confirmed evidence', { tried: tries.length, mishandled });
    expect(mishandled).toBe(0);
    const again = await fetch((await hub.gql(DOWNLOAD, { id: evidenceId }, { credential: town })).data!.evidenceDownloadUrl.url);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await hub.sql<{ status: string }>('SELECT status FROM evidence_file WHERE id = $1', [evidenceId]))[0].status).toBe('CONFIRMED');
  });
});
