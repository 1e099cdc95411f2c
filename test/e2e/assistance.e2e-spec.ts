import { Role } from '@hub/shared-schema';
import { assistanceClient } from '../utils/assistance';
import { ANHAI, MARKET, QINGYANG } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';

/** Thursday 12 February 2026, 10:00 in Jinjiang: the eve of the 2026 Spring Festival break. */
const BEFORE_FESTIVAL = new Date('2026-02-12T02:00:00Z');
/** Monday 9 March 2026, 10:00 in Jinjiang. */
const MARCH = new Date('2026-03-09T02:00:00Z');
const SUPERVISORS = 'joint-meeting-office';

describe('assistance requests through GraphQL (e2e): technical opinions and document access (§5)', () => {
  let hub: TestApp;
  let a: ReturnType<typeof assistanceClient>;
  let qingyangOfficer: string;
  let marketOfficer: string;
  let anhaiOfficer: string;
  let supervisor: string;
  let admin: string;

  beforeAll(async () => {
    hub = await startTestApp();
    hub.clock.set(MARCH);
    a = assistanceClient(hub);
    [qingyangOfficer, marketOfficer, anhaiOfficer, supervisor, admin] = await Promise.all([
      hub.userToken([Role.OFFICER], QINGYANG),
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.OFFICER], ANHAI),
      hub.userToken([Role.SUPERVISOR], SUPERVISORS),
      hub.userToken([Role.ADMIN], 'joint-meeting-office'),
    ]);
  });
  afterAll(() => hub.close());

  const request = (kind: string, extra: Record<string, unknown> = {}) =>
    a.ok(
      'createAssistanceRequest',
      {
        kind,
        requestedUnitCode: MARKET,
        subject: kind === 'TECHNICAL_OPINION' ? '请求对涉案食品出具检验意见' : '请求调阅某食品店许可档案',
        details: '因查处需要，依据《晋江市镇街综合执法协作配合制度》第五条请求协助。',
        ...extra,
      },
      qingyangOfficer,
    );

  /** The refusal's code, field and reason, and that nothing was written. */
  async function refusedUnchanged(id: string, run: () => Promise<any>, expected: Record<string, unknown>) {
    const before = await a.footprint(id);
    const error = onlyError(await run());
    expect(error.extensions).toMatchObject(expected);
    expect(await a.footprint(id)).toEqual(before);
    return error;
  }

  describe('technical opinion or appraisal (§5(2))', () => {
    afterEach(() => hub.clock.set(MARCH));

    it('is due 5 working days after receipt, across the Spring Festival and its adjusted working days', async () => {
      // Sent Thursday 12 February: Fri 13 (1), Sat 14 adjusted working day (2), the holiday 15–23, Tue 24 (3),
      // Wed 25 (4), Thu 26 (5): due at the end of 26 February, Shanghai time.
      hub.clock.set(BEFORE_FESTIVAL);
      const sent = await request('TECHNICAL_OPINION');
      expect(sent).toMatchObject({ state: 'SENT', requestingUnitCode: QINGYANG, requestedUnitCode: MARKET });
      expect(sent.deadlines).toEqual([
        expect.objectContaining({
          kind: 'ANSWER',
          clause: '§5(2)',
          rule: { workingDays: 5, hours: null },
          dueAt: '2026-02-26T15:59:59.999Z',
        }),
      ]);
      expect(sent.nextDueAt).toBe('2026-02-26T15:59:59.999Z');
      // Sent on the last holiday, Monday 23 February: Tue 24 … Fri 27 (4), Sat 28 adjusted working day (5).
      hub.clock.set(new Date('2026-02-23T02:00:00Z'));
      const onHoliday = await request('TECHNICAL_OPINION');
      expect(onHoliday.deadlines[0].dueAt).toBe('2026-02-28T15:59:59.999Z');
      // The requested unit learns of it the moment it is made, as do the supervisors.
      const [created] = await hub.sql(`SELECT audience FROM change_event WHERE subject = $1 AND type = 'assistance.created'`, [sent.id]);
      expect(created.audience).toEqual(expect.arrayContaining([QINGYANG, MARKET, SUPERVISORS]));
    });

    it('records someone on site for an urgent request only, extends when announced before the due, and is answered in writing', async () => {
      const routine = await request('TECHNICAL_OPINION');
      await refusedUnchanged(
        routine.id,
        () => a.act('recordAssistanceOnSite', { id: routine.id, person: '张工', arrivedAt: '2026-03-09T01:30:00Z' }, marketOfficer),
        { code: 'CONFLICT', reason: 'ON_SITE_NOT_REQUESTED' },
      );

      const urgent = await request('TECHNICAL_OPINION', { urgent: true, evidenceAtRisk: true });
      expect(urgent.allowedActions).toEqual(['withdraw']);
      // The requesting unit cannot answer its own request.
      expect(
        onlyError(await a.act('answerAssistanceRequest', { id: urgent.id, opinion: '自答' }, qingyangOfficer)).extensions,
      ).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACTION_NOT_PERMITTED',
      });
      // Required fields: the person and the time.
      expect(
        onlyError(await a.act('recordAssistanceOnSite', { id: urgent.id, person: ' ', arrivedAt: '2026-03-09T01:30:00Z' }, marketOfficer))
          .extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      const onSite = await a.ok(
        'recordAssistanceOnSite',
        { id: urgent.id, person: '张工、李工', arrivedAt: '2026-03-09T01:30:00Z' },
        marketOfficer,
      );
      expect(onSite).toMatchObject({ state: 'SENT', onSitePerson: '张工、李工', onSiteAt: '2026-03-09T01:30:00.000Z' });
      expect(onSite.steps.map((s: any) => s.action)).toEqual(['create', 'recordOnSite']);

      // §5(2): a long appraisal is announced with the expected date; the deadline ends on that day.
      const extended = await a.ok(
        'extendAssistanceRequest',
        { id: urgent.id, expectedOn: '2026-03-20', note: '需送检实验室，预计3月20日出具鉴定意见' },
        marketOfficer,
      );
      expect(extended.expectedOn).toBe('2026-03-20');
      expect(extended.deadlines[0]).toMatchObject({ dueAt: '2026-03-20T15:59:59.999Z', rule: { workingDays: 9, hours: null } });
      const [moved] = await hub.sql(`SELECT audience FROM change_event WHERE subject = $1 AND type = 'assistance.deadline_moved'`, [
        urgent.id,
      ]);
      expect(moved.audience).toEqual(expect.arrayContaining([QINGYANG, MARKET]));
      await refusedUnchanged(
        urgent.id,
        () => a.act('extendAssistanceRequest', { id: urgent.id, expectedOn: '2026-03-12', note: '提前' }, marketOfficer),
        { code: 'BAD_USER_INPUT', field: 'input.expectedOn', reason: 'EXTENSION_NOT_LONGER' },
      );

      const answered = await a.ok('answerAssistanceRequest', { id: urgent.id, opinion: '经检验，涉案食品菌落总数超标。' }, marketOfficer);
      expect(answered).toMatchObject({ state: 'ANSWERED', opinion: '经检验，涉案食品菌落总数超标。', nextDueAt: null });
      expect(answered.deadlines[0]).toMatchObject({ outcome: 'MET' });
      const closed = await a.ok('closeAssistanceRequest', { id: urgent.id }, qingyangOfficer);
      expect(closed.state).toBe('CLOSED');
      const types = (await hub.sql(`SELECT type FROM change_event WHERE subject = $1 ORDER BY position`, [urgent.id])).map((r) => r.type);
      expect(types).toEqual([
        'assistance.created',
        'assistance.recordOnSite',
        'assistance.deadline_moved',
        'assistance.extend',
        'assistance.answer',
        'assistance.close',
      ]);
    });

    it('is marked overdue once its due passes unanswered, told to both units, and listed as overdue', async () => {
      hub.clock.set(BEFORE_FESTIVAL);
      const late = await request('TECHNICAL_OPINION');
      hub.clock.set(new Date('2026-02-27T02:00:00Z'));
      const overdue = await eventually(
        () => hub.sql(`SELECT audience FROM change_event WHERE subject = $1 AND type = 'assistance.overdue'`, [late.id]),
        (rows) => rows.length === 1,
      );
      expect(overdue[0].audience).toEqual(expect.arrayContaining([QINGYANG, MARKET, SUPERVISORS]));
      const listed = await hub.gql(
        `{ assistanceRequests(direction: RECEIVED, overdue: true, first: 50) { nodes { id overdue } } }`,
        {},
        { credential: marketOfficer },
      );
      expect(listed.data!.assistanceRequests.nodes).toContainEqual({ id: late.id, overdue: true });
      // Answered late: the answer is recorded, the deadline closed as met, the lateness kept on it.
      const answered = await a.ok('answerAssistanceRequest', { id: late.id, opinion: '逾期出具的意见' }, marketOfficer);
      expect(answered.deadlines[0]).toMatchObject({ overdue: true, outcome: 'MET' });
    });

    it('refuses an extension announced after the due date, and writes nothing', async () => {
      const sent = await request('TECHNICAL_OPINION');
      // Due at the end of Monday 16 March; announced on Tuesday 17 March.
      expect(sent.deadlines[0].dueAt).toBe('2026-03-16T15:59:59.999Z');
      hub.clock.set(new Date('2026-03-17T02:00:00Z'));
      await refusedUnchanged(
        sent.id,
        () => a.act('extendAssistanceRequest', { id: sent.id, expectedOn: '2026-03-31', note: '鉴定周期较长' }, marketOfficer),
        { code: 'CONFLICT', field: 'input.expectedOn', reason: 'EXTENSION_TOO_LATE' },
      );
    });
  });

  describe('document access (§5(1))', () => {
    it('refuses a refusal without a legal ground, and writes nothing; with a ground from the list it is refused', async () => {
      const sent = await request('DOCUMENT_ACCESS');
      expect(sent.deadlines[0]).toMatchObject({ kind: 'ANSWER', clause: '§5(1)', dueAt: '2026-03-16T15:59:59.999Z' });
      // Each kind has its own actions: an extension is a technical opinion's (§5(2)), not a document request's.
      await refusedUnchanged(
        sent.id,
        () => a.act('extendAssistanceRequest', { id: sent.id, expectedOn: '2026-03-31', note: '资料较多' }, marketOfficer),
        { code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED', allowedActions: ['provide', 'refuse'] },
      );
      await refusedUnchanged(sent.id, () => a.act('refuseAssistanceRequest', { id: sent.id, note: '不便提供' }, marketOfficer), {
        code: 'BAD_USER_INPUT',
        field: 'input.groundCode',
        reason: 'REFUSAL_GROUND_REQUIRED',
      });
      await refusedUnchanged(
        sent.id,
        () => a.act('refuseAssistanceRequest', { id: sent.id, groundCode: 'NO_SUCH_GROUND', note: '不便提供' }, marketOfficer),
        { code: 'BAD_USER_INPUT', field: 'input.groundCode', reason: 'REFUSAL_GROUND_UNKNOWN' },
      );
      // A ground without an explanation is no refusal either.
      await refusedUnchanged(sent.id, () => a.act('refuseAssistanceRequest', { id: sent.id, groundCode: 'TRADE_SECRET' }, marketOfficer), {
        code: 'BAD_USER_INPUT',
        field: 'input.note',
      });

      const refused = await a.ok(
        'refuseAssistanceRequest',
        { id: sent.id, groundCode: 'TRADE_SECRET', note: '该档案含企业配方工艺，属商业秘密' },
        marketOfficer,
      );
      expect(refused).toMatchObject({
        state: 'REFUSED',
        refusalGround: { code: 'TRADE_SECRET', name: '涉及商业秘密' },
        refusalExplanation: '该档案含企业配方工艺，属商业秘密',
      });
      // §6(3): the supervisors see the refusal and its ground.
      const seen = await a.read(sent.id, supervisor);
      expect(seen.data!.assistanceRequest).toMatchObject({ state: 'REFUSED', refusalGround: { code: 'TRADE_SECRET' } });
    });

    it('keeps the list of grounds with the admins, each change audited, a retired ground no longer accepted', async () => {
      const created = await hub.gql(
        `mutation($input: RefusalGroundInput!) { createRefusalGround(input: $input) { code name active } }`,
        { input: { code: 'ONGOING_INVESTIGATION', name: '涉及正在调查的案件', legalBasis: '《中华人民共和国行政处罚法》' } },
        { credential: admin },
      );
      expect(created.data!.createRefusalGround).toEqual({ code: 'ONGOING_INVESTIGATION', name: '涉及正在调查的案件', active: true });
      const byOfficer = await hub.gql(
        `mutation($input: SetRefusalGroundActiveInput!) { setRefusalGroundActive(input: $input) { code } }`,
        { input: { code: 'ONGOING_INVESTIGATION', active: false } },
        { credential: marketOfficer },
      );
      expect(onlyError(byOfficer).extensions).toMatchObject({ code: 'FORBIDDEN' });
      await hub.gql(
        `mutation($input: SetRefusalGroundActiveInput!) { setRefusalGroundActive(input: $input) { code } }`,
        { input: { code: 'ONGOING_INVESTIGATION', active: false } },
        { credential: admin },
      );
      const audited = await hub.sql(
        `SELECT operation FROM audit_entry WHERE operation LIKE 'refusalGround.%' AND target = 'ONGOING_INVESTIGATION' AND outcome = 'OK' ORDER BY id`,
      );
      expect(audited.map((r) => r.operation)).toEqual(['refusalGround.create', 'refusalGround.setActive']);
      const listed = await hub.gql(`{ refusalGrounds { code } }`, {}, { credential: marketOfficer });
      expect(listed.data!.refusalGrounds.map((g: any) => g.code)).toEqual([
        'PERSONAL_PRIVACY',
        'PROHIBITED_BY_LAW',
        'STATE_SECRET',
        'TRADE_SECRET',
      ]);
      const sent = await request('DOCUMENT_ACCESS');
      await refusedUnchanged(
        sent.id,
        () => a.act('refuseAssistanceRequest', { id: sent.id, groundCode: 'ONGOING_INVESTIGATION', note: '正在调查' }, marketOfficer),
        { code: 'BAD_USER_INPUT', reason: 'REFUSAL_GROUND_UNKNOWN' },
      );
    });

    it('provides documents readable by the requesting and the providing unit only, each view audited', async () => {
      const sent = await request('DOCUMENT_ACCESS');
      await refusedUnchanged(sent.id, () => a.act('provideAssistanceDocuments', { id: sent.id }, marketOfficer), {
        code: 'CONFLICT',
        reason: 'DOCUMENTS_MISSING',
      });
      const documentId = await a.upload(sent.id, marketOfficer, '晋江市示例食品店 食品经营许可档案', '许可档案.pdf');
      const provided = await a.ok('provideAssistanceDocuments', { id: sent.id, attachmentIds: [documentId] }, marketOfficer);
      expect(provided.state).toBe('ANSWERED');
      expect(provided.deadlines[0].outcome).toBe('MET');

      const asRequester = await a.read(sent.id, qingyangOfficer);
      expect(asRequester.data!.assistanceRequest.documents).toEqual([
        expect.objectContaining({ id: documentId, status: 'CONFIRMED', fileName: '许可档案.pdf', uploaderUnitCode: MARKET }),
      ]);
      // Another town does not see the request; the supervisors see its steps but not the documents (§5(1)).
      expect(onlyError(await a.read(sent.id, anhaiOfficer)).extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect((await a.read(sent.id, supervisor)).data!.assistanceRequest.documents).toEqual([]);

      const download = (credential: string) =>
        hub.gql(`query($id: ID!) { evidenceDownloadUrl(id: $id) { url sha256 } }`, { id: documentId }, { credential });
      for (const credential of [qingyangOfficer, qingyangOfficer])
        expect((await download(credential)).data!.evidenceDownloadUrl.url).toBeTruthy();
      for (const credential of [anhaiOfficer, supervisor]) {
        expect(onlyError(await download(credential)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EVIDENCE_NOT_HANDLING_UNIT' });
      }
      const views = await hub.sql(
        `SELECT unit_code, outcome FROM audit_entry WHERE operation = 'evidence.downloadUrl' AND target = $1 ORDER BY id`,
        [documentId],
      );
      expect(views).toEqual([
        { unit_code: QINGYANG, outcome: 'OK' },
        { unit_code: QINGYANG, outcome: 'OK' },
        { unit_code: ANHAI, outcome: expect.stringMatching(/FORBIDDEN/) },
        { unit_code: SUPERVISORS, outcome: expect.stringMatching(/FORBIDDEN/) },
      ]);
      const issued = await hub.sql(`SELECT unit_code FROM evidence_custody WHERE evidence_id = $1 AND action = 'DOWNLOAD_URL_ISSUED'`, [
        documentId,
      ]);
      expect(issued).toEqual([{ unit_code: QINGYANG }, { unit_code: QINGYANG }]);
    });
  });

  describe('data request (§4(1)4)', () => {
    const dataRequest = (credential: string, overrides: Record<string, unknown> = {}) =>
      a.act(
        'createAssistanceRequest',
        {
          kind: 'DATA_REQUEST',
          requestedUnitCode: QINGYANG,
          subject: '请报送2026年2月食品经营检查统计',
          details: '用于本局月度统计报表。',
          ledgerKind: 'INDICATOR',
          period: '2026-02',
          ...overrides,
        },
        credential,
      );
    const entry = (n: number, overrides: Record<string, unknown> = {}) => ({
      sourceId: `QY-TZ-2026-02-${n}`,
      entryKind: 'INDICATOR',
      period: '2026-02',
      indicator: n === 1 ? '食品经营检查户次' : '责令整改户数',
      value: n === 1 ? '128' : '9',
      dimensions: { matter: 'SCJG-001' },
      ...overrides,
    });

    it('is a department’s request to a town, naming the ledger kind and the period', async () => {
      expect(onlyError(await dataRequest(qingyangOfficer, { requestedUnitCode: ANHAI })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.kind',
      });
      expect(onlyError(await dataRequest(marketOfficer, { period: null })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.period',
      });
    });

    it('is answered by ledger entries the town publishes, which the department sees linked to its request', async () => {
      const sent = (await dataRequest(marketOfficer)).data!.createAssistanceRequest;
      expect(sent).toMatchObject({
        state: 'SENT',
        requestingUnitCode: MARKET,
        requestedUnitCode: QINGYANG,
        ledgerKind: 'INDICATOR',
        period: '2026-02',
      });
      // Entries of another period are not what was asked for: refused, nothing written.
      await refusedUnchanged(
        sent.id,
        () => a.act('supplyAssistanceLedger', { id: sent.id, entries: [entry(1), entry(2, { period: '2026-01' })] }, qingyangOfficer),
        { code: 'BAD_USER_INPUT', field: 'input.entries.1.period' },
      );
      expect(await hub.sql(`SELECT id FROM ledger_entry WHERE source_id LIKE 'QY-TZ-2026-02-%'`)).toEqual([]);

      const supplied = await a.ok('supplyAssistanceLedger', { id: sent.id, entries: [entry(1), entry(2)] }, qingyangOfficer);
      expect(supplied.state).toBe('ANSWERED');
      const seen = (await a.read(sent.id, marketOfficer)).data!.assistanceRequest;
      expect(seen.ledgerEntries).toEqual([
        expect.objectContaining({
          publisherCode: QINGYANG,
          sourceId: 'QY-TZ-2026-02-1',
          indicator: '食品经营检查户次',
          value: '128.0000',
          requestedByCode: MARKET,
        }),
        expect.objectContaining({
          publisherCode: QINGYANG,
          sourceId: 'QY-TZ-2026-02-2',
          indicator: '责令整改户数',
          requestedByCode: MARKET,
        }),
      ]);
      // Published as the town's ledger (§4(1)4), the department told as the unit that asked.
      const ids = seen.ledgerEntries.map((e: any) => e.id);
      const events = await hub.sql(`SELECT type, recipients FROM change_event WHERE subject = ANY($1::uuid[]) ORDER BY position`, [ids]);
      expect(events).toHaveLength(2);
      for (const event of events) expect(event.recipients).toContain(MARKET);
      expect(
        await hub.sql(`SELECT type FROM change_event WHERE subject = $1 AND type = 'assistance.supplyLedger'`, [sent.id]),
      ).toHaveLength(1);
    });
  });

  describe('police support (§4(5))', () => {
    const POLICE = 'judicial-police';
    const support = (credential: string, overrides: Record<string, unknown> = {}) =>
      a.act(
        'createAssistanceRequest',
        {
          kind: 'POLICE_SUPPORT',
          requestedUnitCode: POLICE,
          subject: '请求派警协助查封违法经营场所',
          details: '当事人拒不配合，现场可能发生冲突。',
          actionAt: '2026-03-10T01:00:00Z',
          place: '晋江市青阳街道示例路1号',
          ...overrides,
        },
        credential,
      );

    it('is a town’s request to the police, urgent by default, with the time and place; the police accept and record the dispatch', async () => {
      const police = await hub.userToken([Role.OFFICER], POLICE);
      expect(onlyError(await support(marketOfficer)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
      expect(onlyError(await support(qingyangOfficer, { requestedUnitCode: 'judicial-court' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.requestedUnitCode',
      });
      expect(onlyError(await support(qingyangOfficer, { place: null })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.place',
      });

      const sent = (await support(qingyangOfficer)).data!.createAssistanceRequest;
      expect(sent).toMatchObject({ state: 'SENT', urgent: true, actionAt: '2026-03-10T01:00:00.000Z', place: '晋江市青阳街道示例路1号' });
      // Urgent: answered within 24 hours, clock time (local policy, as an urgent transfer).
      expect(sent.deadlines).toEqual([
        expect.objectContaining({
          kind: 'ANSWER',
          clause: '§4(5)',
          rule: { workingDays: null, hours: 24 },
          dueAt: '2026-03-10T02:00:00.000Z',
        }),
      ]);
      // The dispatch is recorded once the request is accepted.
      expect(
        onlyError(
          await a.act('recordAssistanceDispatch', { id: sent.id, officers: '王警官', dispatchedAt: '2026-03-09T01:00:00Z' }, police),
        ).extensions,
      ).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' });

      const accepted = await a.ok('acceptAssistanceRequest', { id: sent.id }, police);
      expect(accepted).toMatchObject({ state: 'ACCEPTED', allowedActions: ['recordDispatch'] });
      expect(accepted.deadlines[0].outcome).toBe('MET');
      const dispatched = await a.ok(
        'recordAssistanceDispatch',
        { id: sent.id, officers: '王警官(警号012345)、李警官(警号012346)', dispatchedAt: '2026-03-09T01:30:00Z' },
        police,
      );
      expect(dispatched).toMatchObject({
        state: 'ANSWERED',
        dispatchedOfficers: '王警官(警号012345)、李警官(警号012346)',
        dispatchedAt: '2026-03-09T01:30:00.000Z',
      });
      expect(dispatched.steps.map((s: any) => [s.action, s.unitCode])).toEqual([
        ['create', QINGYANG],
        ['accept', POLICE],
        ['recordDispatch', POLICE],
      ]);
      const [event] = await hub.sql(`SELECT audience FROM change_event WHERE subject = $1 AND type = 'assistance.recordDispatch'`, [
        sent.id,
      ]);
      expect(event.audience).toEqual(expect.arrayContaining([QINGYANG, POLICE, SUPERVISORS]));
      expect((await a.ok('closeAssistanceRequest', { id: sent.id }, qingyangOfficer)).state).toBe('CLOSED');
    });
  });

  describe('court enforcement (§4(5))', () => {
    const COURT = 'judicial-court';
    const apply = (penaltyId: string, credential: string, overrides: Record<string, unknown> = {}) =>
      a.act(
        'createAssistanceRequest',
        {
          kind: 'COURT_ENFORCEMENT',
          requestedUnitCode: COURT,
          subject: '申请强制执行晋青综执罚决字〔2026〕1号',
          details: '当事人在法定期限内未申请行政复议或者提起行政诉讼，又不履行处罚决定。',
          penaltyId,
          ...overrides,
        },
        credential,
      );
    const penaltyState = async (id: string): Promise<{ status: string; version: number; events: string[] }> => {
      const [row] = await hub.sql(`SELECT execution_status AS status, version FROM penalty_decision WHERE id = $1`, [id]);
      const events = await hub.sql(`SELECT type FROM change_event WHERE subject = $1 ORDER BY position`, [id]);
      return { status: row.status, version: row.version, events: events.map((e) => e.type) };
    };

    it('applies to the court for a decision not carried out, and the decision’s execution status follows the court’s answer', async () => {
      await seed.foodMatter(hub);
      const penaltyId = await seed.penalty(hub, qingyangOfficer, 1);
      const court = await hub.userToken([Role.OFFICER], COURT);
      expect(await penaltyState(penaltyId)).toEqual({ status: 'PENDING', version: 1, events: ['penalty.published'] });
      // Only the town that decided applies, and only to the court.
      expect(onlyError(await apply(penaltyId, anhaiOfficer)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.penaltyId',
      });
      expect(onlyError(await apply(penaltyId, qingyangOfficer, { requestedUnitCode: 'judicial-police' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.requestedUnitCode',
      });

      const applied = (await apply(penaltyId, qingyangOfficer)).data!.createAssistanceRequest;
      expect(applied).toMatchObject({ state: 'SENT', penaltyId, requestedUnitCode: COURT });
      // The application is published on the decision as its execution status, with its change event.
      expect(await penaltyState(penaltyId)).toEqual({
        status: 'COURT_ENFORCEMENT',
        version: 2,
        events: ['penalty.published', 'penalty.revised'],
      });

      await a.ok('acceptAssistanceRequest', { id: applied.id }, court);
      const granted = await a.ok(
        'answerCourtEnforcement',
        { id: applied.id, executionStatus: 'IN_PROGRESS', ruling: '(2026)闽0582行审1号 裁定准予强制执行' },
        court,
      );
      expect(granted).toMatchObject({ state: 'ANSWERED', courtRuling: '(2026)闽0582行审1号 裁定准予强制执行' });
      expect((await penaltyState(penaltyId)).status).toBe('IN_PROGRESS');
      await a.ok('answerCourtEnforcement', { id: applied.id, executionStatus: 'EXECUTED', ruling: '罚款已划拨，执行完毕' }, court);
      expect(await penaltyState(penaltyId)).toEqual({
        status: 'EXECUTED',
        version: 4,
        events: ['penalty.published', 'penalty.revised', 'penalty.revised', 'penalty.revised'],
      });
      // The history names who changed it: the town applying, then the court answering.
      const history = await hub.sql(
        `SELECT actor_unit_code AS unit, content->>'executionStatus' AS status FROM record_version WHERE record_id = $1 ORDER BY version`,
        [penaltyId],
      );
      expect(history).toEqual([
        { unit: QINGYANG, status: 'PENDING' },
        { unit: QINGYANG, status: 'COURT_ENFORCEMENT' },
        { unit: COURT, status: 'IN_PROGRESS' },
        { unit: COURT, status: 'EXECUTED' },
      ]);
      // A court answer cannot set any status: PENDING is the town's own.
      expect(
        onlyError(await a.act('answerCourtEnforcement', { id: applied.id, executionStatus: 'PENDING', ruling: 'x' }, court)).extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.executionStatus',
      });
      // An executed decision has nothing left to enforce.
      expect(onlyError(await apply(penaltyId, qingyangOfficer)).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.penaltyId' });
      expect((await a.ok('closeAssistanceRequest', { id: applied.id }, qingyangOfficer)).state).toBe('CLOSED');
    });

    it('gives the decision its execution status back when the town withdraws the application before the court takes it', async () => {
      const penaltyId = await seed.penalty(hub, qingyangOfficer, 2, { executionStatus: 'IN_PROGRESS' });
      const applied = (await apply(penaltyId, qingyangOfficer)).data!.createAssistanceRequest;
      expect((await penaltyState(penaltyId)).status).toBe('COURT_ENFORCEMENT');
      const withdrawn = await a.ok('withdrawAssistanceRequest', { id: applied.id, note: '当事人已主动履行' }, qingyangOfficer);
      expect(withdrawn.state).toBe('WITHDRAWN');
      expect(await penaltyState(penaltyId)).toEqual({
        status: 'IN_PROGRESS',
        version: 3,
        events: ['penalty.published', 'penalty.revised', 'penalty.revised'],
      });
    });
  });

  it('lists by kind, direction and state, and puts what my unit must answer in its inbox, most urgent first', async () => {
    const inbox = await hub.gql(
      `{ assistanceInbox(first: 50) { id kind state requestingUnitCode requestedUnitCode nextDueAt overdue } }`,
      {},
      { credential: marketOfficer },
    );
    const rows = inbox.data!.assistanceInbox as any[];
    expect(rows.length).toBeGreaterThan(0);
    // To answer (requests to the bureau), or to close (its own data request, answered).
    const toAnswer = rows.filter((r) => r.requestedUnitCode === MARKET && r.state === 'SENT');
    const toClose = rows.filter((r) => r.requestingUnitCode === MARKET && ['ANSWERED', 'REFUSED'].includes(r.state));
    expect(toAnswer.length).toBeGreaterThan(0);
    expect(toClose.map((r) => r.kind)).toEqual(['DATA_REQUEST']);
    expect(toAnswer.length + toClose.length).toBe(rows.length);
    expect(toClose[0].nextDueAt).toBeNull();
    const dues = rows.map((r) => r.nextDueAt);
    expect([...dues].sort()).toEqual(dues);
    const received = await hub.gql(
      `{ assistanceRequests(direction: RECEIVED, kind: DOCUMENT_ACCESS, state: REFUSED, first: 10) { nodes { id requestedUnitCode state } } }`,
      {},
      { credential: marketOfficer },
    );
    expect(received.data!.assistanceRequests.nodes.length).toBeGreaterThan(0);
    expect(received.data!.assistanceRequests.nodes.every((n: any) => n.requestedUnitCode === MARKET && n.state === 'REFUSED')).toBe(true);
    const sentByAnhai = await hub.gql(
      `{ assistanceRequests(direction: SENT, first: 10) { nodes { id } } }`,
      {},
      { credential: anhaiOfficer },
    );
    expect(sentByAnhai.data!.assistanceRequests.nodes).toEqual([]);
  });
});
