import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiKeyScope } from '@hub/shared-schema';
import { parse } from 'csv-parse/sync';
import { seedDemoData } from '../../apps/hub-api/src/demo/demo-data';
import { LicensingService } from '../../apps/hub-api/src/modules/licensing/licensing.service';
import { MattersService } from '../../apps/hub-api/src/modules/matters/matters.service';
import { PenaltiesService } from '../../apps/hub-api/src/modules/penalties/penalties.service';
import { ANHAI, licence, MARKET, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { exited, freePort } from '../utils/hub-process';
import { ALL_RUNS, startCli, startConnectorProgram, THIS_RUN } from '../utils/connector-cli';
import { waitUntil } from '../utils/wait';
import { startTestApp, TestApp } from '../utils/test-app';

const ROOT = join(__dirname, '../..');
const PUSH_EXAMPLE = join(ROOT, 'libs/connectors/examples/department-licensing-push');
const SUBSCRIBER = join(ROOT, 'dist/libs/connectors/examples/town-webhook-subscriber/main.js');
/** The one catalog entry `npm start` seeds (apps/hub-api/src/demo/demo-data.ts), devolved to Qingyang and Anhai. */
const DEMO_MATTER = 'SCJG-SP-001';
const SUBSCRIPTION_NAME = `licensing-and-normative-${QINGYANG}`;

const PUBLISH_DOCUMENT = `mutation($input: NormativeDocumentInput!) { publishNormativeDocument(input: $input) { outcome } }`;
const SUBSCRIPTIONS = `query($unitCode: String!) { subscriptions(unitCode: $unitCode) { id name townshipCodes categories webhookUrl } }`;
// The queries example 1's README gives (on a fixed date here, so that the test does not age).
const PERMIT_STATUS = `query($uscc: String!) { permitStatus(uscc: $uscc, matterCode: "SCJG-SP-001", at: "2026-12-01") {
  covered reason licence { licenceNumber holderName validTo } } }`;
const QINGYANG_LICENCES = `{ licensingDecisions(townshipCode: "350582001", publisherCode: "dept-market-regulation", first: 20) {
  nodes { licenceNumber holderName status validTo } pageInfo { hasNextPage endCursor } } }`;

const ndjson = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; position: string; type: string; townshipCode: string | null; data: any })
    : [];

describe('the connector worked examples run as documented (e2e)', () => {
  let hub: TestApp;
  let market: string; // the market regulation bureau's licensing system, as the demo's key
  const dir = mkdtempSync(join(tmpdir(), 'hub-examples-'));
  const programs: Array<ReturnType<typeof startConnectorProgram>> = [];

  beforeAll(async () => {
    hub = await startTestApp({ DELIVERY_POLL_MS: '20', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' }); // loopback receiver, allowed explicitly
    // What `npm start` seeds, so the examples meet here the catalog they meet in the demo.
    await seedDemoData(hub.app.get(MattersService), hub.app.get(LicensingService), hub.app.get(PenaltiesService), hub.clock);
    market = await hub.apiKey(MARKET, [ApiKeyScope.READ, ApiKeyScope.PUBLISH]);
  });
  // A test that failed half-way leaves no program behind holding the port.
  afterEach(async () => {
    for (const { child } of programs.splice(0)) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGKILL');
      await exited(child);
    }
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("1: pushes the market regulation bureau's own licensing export through its mapping file, every row stored", async () => {
    const csv = join(dir, 'food-business-licences.csv'); // a copy: the state file and any error report land next to it
    copyFileSync(join(PUSH_EXAMPLE, 'food-business-licences.csv'), csv);
    const args = ['push', csv, '--category', 'licensing', '--mapping', join(PUSH_EXAMPLE, 'mapping.json')];
    const run = await startCli(args, market, { HUB_URL: hub.url }).done;
    expect([run.code, run.stdout]).toEqual([0, `${THIS_RUN(20, 0, 0)}\n${ALL_RUNS(20, 0)}\n`]);
    expect(run.stderr).not.toContain('columns not sent'); // the columns the mapping ignores (null) are not typos
    expect(existsSync(`${csv}.errors.csv`)).toBe(false);

    const rows: Record<string, string>[] = parse(readFileSync(csv), { bom: true, columns: true });
    const stored = await hub.sql(
      `SELECT source_id, licence_number, holder_uscc, matter_code, township_code, status, valid_from::text, valid_to::text
       FROM licensing_decision WHERE publisher_code = $1 AND source_id LIKE 'SJ%' ORDER BY source_id`,
      [MARKET],
    );
    expect(stored).toHaveLength(20);
    const bySource = new Map(stored.map((r) => [r.source_id, r]));
    for (const row of rows)
      expect(bySource.get(row['办件流水号'])).toMatchObject({
        licence_number: row['许可证编号'],
        holder_uscc: row['统一社会信用代码'],
        matter_code: DEMO_MATTER,
      });
    expect(stored.filter((r) => r.township_code === QINGYANG)).toHaveLength(9);
    expect(bySource.get('SJ202007010191')).toMatchObject({ status: 'VALID', valid_from: '2020-07-01', valid_to: '2025-06-30' }); // 有效 but past 有效期至
    expect(bySource.get('SJ202403030184')).toMatchObject({ status: 'SUSPENDED', township_code: ANHAI }); // 暂停, 安海镇
    expect(bySource.get('SJ202109300156')).toMatchObject({ status: 'REVOKED' }); // 注销

    // The README's queries.
    const covered = await hub.gql(PERMIT_STATUS, { uscc: '91350582MAK9DCHNT2' }, { credential: market });
    expect(covered.data!.permitStatus).toMatchObject({
      covered: true,
      licence: { licenceNumber: 'JY13505820034080', holderName: '晋江市青阳万家福超市有限公司' },
    });
    const expired = await hub.gql(PERMIT_STATUS, { uscc: '92350582MAFBD13CW8' }, { credential: market });
    expect(expired.data!.permitStatus).toMatchObject({
      covered: false,
      reason: expect.stringContaining('许可证 JY13505820042072 已过期'),
      licence: null,
    });
    const listed = await hub.gql(QINGYANG_LICENCES, {}, { credential: market });
    // The demo's own Qingyang licences (DEMO-JY-1 and 3) are listed with the nine of the export.
    expect(listed.data!.licensingDecisions.nodes).toHaveLength(11);

    const again = await startCli(args, market, { HUB_URL: hub.url }).done;
    expect([again.code, again.stdout]).toEqual([
      0,
      '此文件已推送完毕 already completed: 推送 pushed 20，拒收 rejected 0；加 --restart 可重新推送 pass --restart to push the file again\n',
    ]);
  });

  it('2: a town receives by webhook the licences in its township and the documents governing its matters, and restarts as documented', async () => {
    const town = await hub.apiKey(QINGYANG, [ApiKeyScope.SUBSCRIBE]); // what demo-leader's issueApiKey gives
    const port = await freePort();
    const state = join(dir, 'town-subscriber-state');
    const events = join(state, 'events.ndjson');
    let n = 100;
    const startSubscriber = async (stateDir = state) => {
      const program = startConnectorProgram(SUBSCRIBER, [], town, { HUB_URL: hub.url, PORT: String(port), STATE_DIR: stateDir });
      programs.push(program);
      await waitUntil(
        () => program.output().stdout.includes('listening on') || program.child.exitCode !== null,
        20_000,
        'the subscriber to listen',
      );
      expect(program.output()).toMatchObject({ stdout: expect.stringContaining(`listening on http://127.0.0.1:${port}`), stderr: '' });
      return program;
    };
    const stop = async (program: ReturnType<typeof startConnectorProgram>) => {
      program.child.kill('SIGTERM');
      expect(await exited(program.child)).toBe(0);
    };
    const publishLicence = async (townshipCode: string) => {
      const record = licence(++n, { matterCode: DEMO_MATTER, townshipCode });
      expect(
        (await hub.gql(PUBLISH_LICENCES, { records: [record] }, { credential: market })).data?.publishLicensingDecisions.accepted,
      ).toBe(1);
      return record;
    };
    const subscriptions = async () =>
      (await hub.gql(SUBSCRIPTIONS, { unitCode: QINGYANG }, { credential: town })).data!.subscriptions as any[];

    // First start: creates its subscription and keeps the secret to itself.
    const first = await startSubscriber();
    const [subscription] = await subscriptions();
    expect(subscription).toEqual({
      id: expect.any(String),
      name: SUBSCRIPTION_NAME,
      townshipCodes: [QINGYANG],
      categories: expect.arrayContaining(['LICENSING', 'NORMATIVE']),
      webhookUrl: `http://127.0.0.1:${port}/hub-events`,
    });
    expect(first.output().stdout).toContain(`created subscription ${subscription.id}`);
    expect(statSync(join(state, 'subscription.json')).mode & 0o777).toBe(0o600);

    const anhai = await publishLicence(ANHAI);
    const qingyang = await publishLicence(QINGYANG);
    const document = {
      sourceId: 'CLJZ-2026-07',
      kind: 'DISCRETION_BENCHMARK',
      title: '晋江市食品经营违法行为行政处罚裁量基准',
      documentNumber: '晋市监规〔2026〕7号',
      issuingBody: '晋江市市场监督管理局',
      effectiveFrom: '2026-12-01',
      matterCodes: [DEMO_MATTER], // devolved to Qingyang (and Anhai): addressed to both (§4(1)1)
    };
    expect((await hub.gql(PUBLISH_DOCUMENT, { input: document }, { credential: market })).data?.publishNormativeDocument.outcome).toBe(
      'CREATED',
    );

    // Delivered in log order: once the document is in, the Anhai licence before it was passed over.
    await waitUntil(() => ndjson(events).length >= 2, 20_000, 'two events in events.ndjson');
    expect(ndjson(events).map((e) => [e.type, e.townshipCode, e.data.sourceId])).toEqual([
      ['licensing.published', QINGYANG, qingyang.sourceId],
      ['normative.published', null, document.sourceId],
    ]);
    // The line reaches our pipe a moment after the file write.
    await waitUntil(() => /normative\.published/.test(first.output().stdout), 10_000, 'the document printed');
    const printed = first.output().stdout.split('\n');
    expect(printed).toContainEqual(
      expect.stringMatching(new RegExp(`licensing\\.published +${QINGYANG} +licence ${qingyang.licenceNumber} ${qingyang.holderName} `)),
    );
    expect(printed).toContainEqual(
      expect.stringMatching(/normative\.published +→350582001 +document 《晋江市食品经营违法行为行政处罚裁量基准》 晋市监规〔2026〕7号/),
    );
    expect(first.output().stdout).not.toContain(anhai.licenceNumber);
    await stop(first);

    // Restarted: the same subscription and secret; the two events delivered again (replay) are not written twice.
    const secret = readFileSync(join(state, 'subscription.json'), 'utf8');
    const second = await startSubscriber();
    expect(second.output().stdout).toContain(`reusing subscription ${subscription.id}`);
    expect((await subscriptions()).map((s) => s.id)).toEqual([subscription.id]);
    expect(readFileSync(join(state, 'subscription.json'), 'utf8')).toBe(secret);
    const after = String(BigInt(ndjson(events)[0].position) - 1n);
    const replay = await hub.gql(
      'mutation($id: ID!, $after: String!) { replaySubscription(id: $id, after: $after) { id } }',
      { id: subscription.id, after },
      { credential: town },
    );
    expect(replay.errors).toBeUndefined();
    const later = await publishLicence(QINGYANG);
    await waitUntil(() => ndjson(events).some((e) => e.data.sourceId === later.sourceId), 20_000, 'the licence after the restart');
    expect(ndjson(events).map((e) => e.data.sourceId)).toEqual([qingyang.sourceId, document.sourceId, later.sourceId]);
    // The hub records a delivery once it has the answer, just after the line was written.
    const deliveries = async () => {
      const attempts = (
        await hub.gql('query($id: ID!) { webhookAttempts(id: $id) { eventId succeeded } }', { id: subscription.id }, { credential: town })
      ).data!.webhookAttempts as any[];
      return ndjson(events).map((e) => attempts.filter((a) => a.eventId === e.id && a.succeeded).length);
    };
    let delivered = await deliveries();
    for (const end = Date.now() + 5000; delivered[2] !== 1 && Date.now() < end; delivered = await deliveries()) await sleep(20);
    expect(delivered).toEqual([2, 2, 1]);
    await stop(second);

    // Its secret lost (a fresh STATE_DIR): it rotates the secret and goes on with the same subscription.
    const fresh = join(dir, 'fresh-state');
    const third = await startSubscriber(fresh);
    expect(third.output().stdout).toContain(`subscription ${subscription.id}: no secret in ${fresh}, rotated it`);
    expect((await subscriptions()).map((s) => s.id)).toEqual([subscription.id]);
    expect(readFileSync(join(fresh, 'subscription.json'), 'utf8')).not.toBe(secret);
    const rotated = await publishLicence(QINGYANG);
    await waitUntil(
      () => ndjson(join(fresh, 'events.ndjson')).some((e) => e.data.sourceId === rotated.sourceId),
      20_000,
      'the licence after the rotation',
    );
    await stop(third);
  });
});
