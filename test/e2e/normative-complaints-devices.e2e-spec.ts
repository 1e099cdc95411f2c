import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, residentId, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const MARKET = 'dept-market-regulation';
const QINGYANG = '350582001';
const ANHAI = '350582101';

describe('normative documents, complaint records and surveillance devices (e2e)', () => {
  let hub: TestApp;
  let market: string;
  let qingyang: string;
  let officer: string;
  let supervisor: string;
  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    qingyang = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    officer = await hub.userToken([Role.OFFICER], ANHAI);
    supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
  });
  afterAll(() => hub.close());

  describe('normative documents (§4(1)1)', () => {
    const DOC = `mutation($input: NormativeDocumentInput!) { publishNormativeDocument(input: $input) { outcome id version } }`;
    const benchmark = (overrides: Record<string, unknown> = {}) => ({
      sourceId: 'CLJZ-2026-01',
      kind: 'DISCRETION_BENCHMARK',
      title: '晋江市市场监管领域行政处罚裁量基准',
      documentNumber: '晋市监〔2026〕1号',
      issuingBody: '晋江市市场监督管理局',
      effectiveFrom: '2026-01-01',
      matterCodes: [FOOD_MATTER.code],
      ...overrides,
    });

    it('notifies the towns holding the governed matters of every version, and answers queries by matter and date', async () => {
      const first = (await hub.gql(DOC, { input: benchmark() }, { credential: market })).data!.publishNormativeDocument;
      const revised = (
        await hub.gql(DOC, { input: benchmark({ title: '晋江市市场监管领域行政处罚裁量基准（修订）' }) }, { credential: market })
      ).data!.publishNormativeDocument;
      expect([first.outcome, revised.outcome, revised.version]).toEqual(['CREATED', 'REVISED', 2]);
      const events = await hub.sql('SELECT type, recipients FROM change_event WHERE subject = $1 ORDER BY position', [first.id]);
      expect(events).toEqual([
        { type: 'normative.published', recipients: [QINGYANG, ANHAI] },
        { type: 'normative.revised', recipients: [QINGYANG, ANHAI] },
      ]);
      const list = async (vars: Record<string, unknown>) =>
        (
          await hub.gql(
            'query($m: String, $on: String) { normativeDocuments(matterCode: $m, inForceOn: $on) { nodes { title version } } }',
            vars,
            { credential: officer },
          )
        ).data!.normativeDocuments.nodes;
      expect(await list({ m: FOOD_MATTER.code, on: '2026-06-01' })).toEqual([
        { title: '晋江市市场监管领域行政处罚裁量基准（修订）', version: 2 },
      ]);
      expect(await list({ m: FOOD_MATTER.code, on: '2025-06-01' })).toEqual([]);
    });

    it('rejects unknown matters and towns as publishers', async () => {
      expect(
        onlyError(await hub.gql(DOC, { input: benchmark({ sourceId: 'X', matterCodes: ['NOPE'] }) }, { credential: market })).extensions,
      ).toEqual({ code: 'NOT_FOUND', field: 'input.matterCodes' });
      expect(onlyError(await hub.gql(DOC, { input: benchmark({ sourceId: 'Y' }) }, { credential: qingyang })).extensions?.code).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('complaint records (§4(1)6)', () => {
    const COMPLAINT = `mutation($input: ComplaintRecordInput!) { publishComplaintRecord(input: $input) { outcome id } }`;
    const LIST = `query($h: String) { complaintRecords(handlingUnitCode: $h, openOnly: true) { nodes { id reporterName reporterPhone reporterIdNumber masked handlingUnitCode } } }`;

    // §4(2): the reporter is shown to the owning unit (its first receiver) and supervisors only (issue #16:
    // a handling unit named by the publisher no longer sees the reporter; handing off is the workflow's transfer).
    it('keeps the reporter confidential except for the receiving (owning) unit and supervisors, and audits full views', async () => {
      const published = await hub.gql(
        COMPLAINT,
        {
          input: {
            sourceId: 'QY-TS-1',
            channel: 'REPORT',
            receivedAt: '2026-11-20T02:30:00Z',
            reporterName: '王小明',
            reporterPhone: '13905950099',
            reporterIdNumber: residentId(9),
            subjectName: '晋江市青阳华丰五金店1',
            subjectUscc: uscc(1),
            matterCode: FOOD_MATTER.code,
            townshipCode: QINGYANG,
            summary: '该店销售过期食品',
            status: 'RECEIVED',
          },
        },
        { credential: qingyang },
      );
      expect(published.data!.publishComplaintRecord.outcome).toBe('CREATED');

      const owner = await hub.userToken([Role.OFFICER], QINGYANG);
      const asOwner = (await hub.gql(LIST, { h: QINGYANG }, { credential: owner })).data!.complaintRecords.nodes[0];
      expect(asOwner).toMatchObject({ masked: false, reporterName: '王小明', reporterIdNumber: residentId(9) });
      const asSupervisor = (await hub.gql(LIST, { h: QINGYANG }, { credential: supervisor })).data!.complaintRecords.nodes[0];
      expect(asSupervisor).toMatchObject({ masked: false, reporterName: '王小明' });
      const stranger = await hub.userToken([Role.OFFICER], '350582102');
      for (const credential of [stranger, officer]) {
        const asStranger = (await hub.gql(LIST, { h: QINGYANG }, { credential })).data!.complaintRecords.nodes[0];
        expect(asStranger).toMatchObject({
          masked: true,
          reporterName: '王**',
          reporterPhone: '*******0099',
          reporterIdNumber: `3****************${residentId(9).slice(-1)}`,
        });
      }
      const history = await hub.gql(
        'query($id: ID!) { recordHistory(category: COMPLAINT, id: $id) { content } }',
        { id: asOwner.id },
        { credential: stranger },
      );
      expect(history.data!.recordHistory[0].content.reporterName).toBe('王**');

      const audits = await hub.sql(`SELECT actor_name FROM audit_entry WHERE operation = 'complaint.read.personalData'`);
      expect(audits).toHaveLength(2);
    });

    it('shows open complaints in the party profile', async () => {
      const profile = await hub.gql(
        `query($u: String) { partyProfile(uscc: $u) { openComplaints { summary reporterName } } }`,
        { u: uscc(1) },
        { credential: officer },
      );
      // Another town's officer: the reporter masked (the owning unit is Qingyang).
      expect(profile.data!.partyProfile.openComplaints).toEqual([{ summary: '该店销售过期食品', reporterName: '王**' }]);
    });

    it('rejects an unknown handling unit and a closing time on an open record', async () => {
      const base = {
        sourceId: 'QY-TS-2',
        channel: 'COMPLAINT',
        receivedAt: '2026-11-21T00:00:00Z',
        summary: '噪音扰民',
        status: 'RECEIVED',
      };
      expect(
        onlyError(await hub.gql(COMPLAINT, { input: { ...base, handlingUnitCode: 'dept-nowhere' } }, { credential: qingyang })).extensions,
      ).toEqual({ code: 'NOT_FOUND', field: 'input.handlingUnitCode' });
      expect(
        onlyError(await hub.gql(COMPLAINT, { input: { ...base, closedAt: '2026-11-22T00:00:00Z' } }, { credential: qingyang })).extensions,
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.closedAt' });
    });
  });

  describe('surveillance devices and readings (§4(1)5)', () => {
    it('registers a device, takes its readings idempotently, and answers a time window in order with cursors', async () => {
      const device = (
        await hub.gql(
          `mutation($input: SurveillanceDeviceInput!) { publishSurveillanceDevice(input: $input) { id } }`,
          {
            input: {
              sourceId: 'CAM-QY-001',
              deviceCode: 'CAM-QY-001',
              deviceKind: 'NOISE_MONITOR',
              location: '青阳街道泉安中路',
              latitude: '24.81',
              longitude: '118.58',
              townshipCode: QINGYANG,
              status: 'ACTIVE',
            },
          },
          { credential: qingyang },
        )
      ).data!.publishSurveillanceDevice;
      const readings = Array.from({ length: 50 }, (_, i) => ({
        observedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
        kind: 'noise_db',
        reading: { db: 50 + (i % 10) },
      }));
      const PUSH = `mutation($d: ID!, $r: [DeviceReadingInput!]!) { publishDeviceReadings(deviceId: $d, readings: $r) { stored duplicates } }`;
      expect((await hub.gql(PUSH, { d: device.id, r: readings }, { credential: qingyang })).data!.publishDeviceReadings).toEqual({
        stored: 50,
        duplicates: 0,
      });
      expect((await hub.gql(PUSH, { d: device.id, r: readings.slice(40) }, { credential: qingyang })).data!.publishDeviceReadings).toEqual({
        stored: 0,
        duplicates: 10,
      });

      const other = await hub.apiKey(ANHAI, [ApiKeyScope.PUBLISH]);
      expect(onlyError(await hub.gql(PUSH, { d: device.id, r: readings.slice(0, 1) }, { credential: other })).extensions?.code).toBe(
        'FORBIDDEN',
      );

      const WINDOW = `query($d: ID!, $after: String) { deviceReadings(deviceId: $d, from: "2026-11-01T00:10:00Z", to: "2026-11-01T00:30:00Z", first: 7, after: $after) {
        nodes { observedAt reading } pageInfo { endCursor hasNextPage } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await hub.gql(WINDOW, { d: device.id, after }, { credential: officer })).data!.deviceReadings;
        seen.push(...page.nodes.map((n: any) => n.observedAt));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(20);
      expect(seen[0]).toBe('2026-11-01T00:10:00.000Z');
      expect([...seen].sort()).toEqual(seen);
      // A quiet window of a known device is empty; a device the hub does not know is NOT_FOUND.
      const QUIET = `query($d: ID!) { deviceReadings(deviceId: $d, from: "2026-12-01T00:00:00Z", to: "2026-12-02T00:00:00Z") { nodes { observedAt } } }`;
      expect((await hub.gql(QUIET, { d: device.id }, { credential: officer })).data!.deviceReadings.nodes).toEqual([]);
      expect(onlyError(await hub.gql(QUIET, { d: '00000000-0000-4000-8000-00000000dead' }, { credential: officer })).extensions).toEqual({
        code: 'NOT_FOUND',
        field: 'deviceId',
      });
      const devices = await hub.gql(
        '{ surveillanceDevices(townshipCode: "350582001") { nodes { deviceCode deviceKind latitude } } }',
        {},
        { credential: officer },
      );
      expect(devices.data!.surveillanceDevices.nodes).toEqual([
        { deviceCode: 'CAM-QY-001', deviceKind: 'NOISE_MONITOR', latitude: '24.810000' },
      ]);
    });
  });
});
