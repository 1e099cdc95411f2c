import { ApiKeyScope, Role } from '@hub/shared-schema';
import { ANHAI, MARKET, QINGYANG } from '../utils/fixtures';
import { GraphQLResponse, onlyError, startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';

const OFFICE = 'joint-meeting-office';
const WATER = 'dept-water';
const STATIONED = 'stationed-anhai-market';

const MEETING_FIELDS = `id kind state meetingOn topicsDueAt participantUnitCodes invitedUnitCodes agenda minutes allowedActions
  topics { id unitCode title onAgenda } actionItems { id state assignedUnitCode dueOn overdue nextDueAt }`;
const BODIES = `{ jointMeetingBodies { id code level officeUnitCode memberUnitCodes routineIntervalMonths lastRoutineMeetingOn nextRoutineMeetingDueOn } }`;
const SCHEDULE = `mutation($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitJointMeetingTopicInput!) { submitJointMeetingTopic(input: $input) { ${MEETING_FIELDS} } }`;
const APPROVE = `mutation($input: ApproveJointMeetingAgendaInput!) { approveJointMeetingAgenda(input: $input) { ${MEETING_FIELDS} } }`;
const HOLD = `mutation($input: JointMeetingActionInput!) { holdJointMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const MINUTES = `mutation($input: RecordJointMeetingMinutesInput!) { recordJointMeetingMinutes(input: $input) { ${MEETING_FIELDS} } }`;
const ITEM_FIELDS = `id state assignedUnitCode officeUnitCode dueOn report overdue allowedActions
  deadlines { kind clause ownerUnitCode dueAt overdue closedAt outcome } steps { action side unitCode }`;
const ITEM = `query($id: ID!) { actionItem(id: $id) { ${ITEM_FIELDS} } }`;
const REPORT = `mutation($input: ActionItemActionInput!) { reportActionItemDone(input: $input) { ${ITEM_FIELDS} } }`;
const CONFIRM = `mutation($input: ActionItemActionInput!) { confirmActionItem(input: $input) { ${ITEM_FIELDS} } }`;
const MEMBERS = `mutation($input: ChangeJointMeetingMembersInput!) { changeJointMeetingMembers(input: $input) { id memberUnitCodes } }`;
const INBOX = `{ inbox(first: 50) { itemType id state title overdue nextDueAt } }`;
const SUBSCRIBE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }`;
const EVENTS = `query($id: ID!) { events(subscriptionId: $id, after: "0", first: 200) { nodes { type subject } } }`;

/** Monday 9 March 2026, 10:00 in Jinjiang. */
const NOW = new Date('2026-03-09T02:00:00Z');

describe('joint meetings (联席会议, §4(4), e2e)', () => {
  let hub: TestApp;
  let admin: string;
  let officeOfficer: string;
  let officeLeader: string;
  let supervisor: string;
  let qingyangOfficer: string;
  let marketOfficer: string;
  let marketLeader: string;
  let waterOfficer: string;
  let anhaiOfficer: string;
  let anhaiLeader: string;
  let stationedOfficer: string;

  beforeAll(async () => {
    hub = await startTestApp({ DEADLINE_SWEEP_MS: '100' });
    hub.clock.set(NOW);
    [
      admin,
      officeOfficer,
      officeLeader,
      supervisor,
      qingyangOfficer,
      marketOfficer,
      marketLeader,
      waterOfficer,
      anhaiOfficer,
      anhaiLeader,
    ] = await Promise.all([
      hub.userToken([Role.ADMIN], OFFICE),
      hub.userToken([Role.OFFICER], OFFICE),
      hub.userToken([Role.LEADER], OFFICE),
      hub.userToken([Role.SUPERVISOR], OFFICE),
      hub.userToken([Role.OFFICER], QINGYANG),
      hub.userToken([Role.OFFICER], MARKET),
      hub.userToken([Role.LEADER], MARKET),
      hub.userToken([Role.OFFICER], WATER),
      hub.userToken([Role.OFFICER], ANHAI),
      hub.userToken([Role.LEADER], ANHAI),
    ]);
    const unit = await hub.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { code } }`,
      { input: { code: STATIONED, name: '晋江市市场监督管理局安海市场监督管理所', kind: 'STATIONED_AGENCY', parentCode: MARKET } },
      { credential: admin },
    );
    expect(unit.errors).toBeUndefined();
    stationedOfficer = await hub.userToken([Role.OFFICER], STATIONED);
  });
  afterAll(() => hub.close());

  const ok = async <T = any>(query: string, input: Record<string, unknown>, credential: string): Promise<T> => {
    const answer: GraphQLResponse = await hub.gql(query, { input }, { credential });
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data!)[0] as T;
  };
  const refused = async (query: string, input: Record<string, unknown>, credential: string) =>
    onlyError(await hub.gql(query, { input }, { credential }));
  const subscribe = async (unitCode: string) => {
    const key = await hub.apiKey(unitCode, [ApiKeyScope.SUBSCRIBE]);
    const created = await hub.gql(
      SUBSCRIBE,
      { input: { unitCode, name: `meetings-${unitCode}`, delivery: 'PULL', startFrom: 'BEGINNING', categories: ['OTHER'] } },
      { credential: key },
    );
    expect(created.errors).toBeUndefined();
    return async (subject: string): Promise<string[]> =>
      ((await hub.gql(EVENTS, { id: created.data!.createSubscription.subscription.id }, { credential: key })).data!.events.nodes as any[])
        .filter((node) => node.subject === subject)
        .map((node) => node.type);
  };
  const eventsOf = (subject: string, type: string) =>
    hub.sql<{ recipients: string[]; data: Record<string, unknown> }>(
      `SELECT recipients, data FROM change_event WHERE subject = $1 AND type = $2`,
      [subject, type],
    );

  it('seats the member units §4(4) lists, kept as data the admins change (audited)', async () => {
    const bodies = (await hub.gql(BODIES, {}, { credential: supervisor })).data!.jointMeetingBodies as any[];
    const city = bodies.find((body) => body.code === 'city');
    expect(city).toMatchObject({
      level: 'CITY',
      officeUnitCode: OFFICE,
      routineIntervalMonths: 6,
      lastRoutineMeetingOn: null,
      nextRoutineMeetingDueOn: '2026-03-09',
    });
    for (const code of [
      'dept-justice',
      'dept-establishment',
      'dept-human-resources',
      'dept-finance',
      'judicial-police',
      'judicial-court',
      'judicial-procuratorate',
      MARKET,
      QINGYANG,
      ANHAI,
    ]) {
      expect(city.memberUnitCodes).toContain(code);
    }
    expect(city.memberUnitCodes.filter((code: string) => /^\d{9}$/.test(code))).toHaveLength(19);
    const [seeded] = await hub.sql(
      `SELECT count(*)::int AS n FROM joint_meeting_member m JOIN joint_meeting_body b ON b.id = m.body_id WHERE b.code = 'city'`,
    );
    expect(seeded.n).toBe(city.memberUnitCodes.length);

    // Only admins change the city's members.
    expect((await refused(MEMBERS, { bodyId: city.id, remove: [WATER] }, marketLeader)).extensions?.code).toBe('FORBIDDEN');
    const changed = await ok(MEMBERS, { bodyId: city.id, remove: [WATER] }, admin);
    expect(changed.memberUnitCodes).not.toContain(WATER);
    // A unit no longer a member no longer reads the body.
    const body = await hub.gql(`query($id: ID!) { jointMeetingBody(id: $id) { id } }`, { id: city.id }, { credential: waterOfficer });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [audit] = await hub.sql(`SELECT details FROM audit_entry WHERE operation = 'jointMeeting.membersChanged' AND target = $1`, [
      city.id,
    ]);
    expect(audit.details).toMatchObject({ body: 'city', removed: [WATER] });
  });

  it('runs a routine meeting: topics due 5 working days before, the convener approves, minutes make action items that go overdue', async () => {
    const qingyangEvents = await subscribe(QINGYANG);
    const city = ((await hub.gql(BODIES, {}, { credential: supervisor })).data!.jointMeetingBodies as any[]).find((b) => b.code === 'city');
    // A member cannot convene the city's meeting; the office does.
    expect(
      (await refused(SCHEDULE, { bodyId: city.id, kind: 'ROUTINE', title: 'x', meetingOn: '2026-03-23' }, marketOfficer)).extensions?.code,
    ).toBe('FORBIDDEN');
    // A day the calendar does not hold is refused, naming the field.
    const outside = await refused(SCHEDULE, { bodyId: city.id, kind: 'ROUTINE', title: 'x', meetingOn: '2031-03-24' }, officeOfficer);
    expect(outside.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALENDAR_YEAR_MISSING', field: 'input.meetingOn' });

    const meeting = await ok(
      SCHEDULE,
      { bodyId: city.id, kind: 'ROUTINE', title: '2026年上半年例行会议', meetingOn: '2026-03-23' },
      officeOfficer,
    );
    // Monday 23 March: 20, 19, 18, 17, 16 March back: topics due at the end of Monday 16 March, Shanghai time.
    expect(meeting).toMatchObject({ state: 'COLLECTING', kind: 'ROUTINE', topicsDueAt: '2026-03-16T15:59:59.999Z' });
    expect(meeting.participantUnitCodes).toEqual(expect.arrayContaining([MARKET, QINGYANG, 'judicial-court']));
    expect(meeting.participantUnitCodes).not.toContain(STATIONED);
    const [body] = (await hub.gql(BODIES, {}, { credential: supervisor })).data!.jointMeetingBodies.filter((b: any) => b.code === 'city');
    expect(body).toMatchObject({ lastRoutineMeetingOn: '2026-03-23', nextRoutineMeetingDueOn: '2026-09-23' });

    const early = await ok(SUBMIT, { meetingId: meeting.id, title: '执法衔接问题', details: '无证经营案件移送不及时' }, qingyangOfficer);
    expect(early.topics).toEqual([expect.objectContaining({ unitCode: QINGYANG, title: '执法衔接问题', onAgenda: false })]);
    // A unit that is no member submits nothing.
    const outsider = await refused(SUBMIT, { meetingId: meeting.id, title: 't', details: 'd' }, stationedOfficer);
    expect(outsider.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTION_NOT_PERMITTED' });
    // The convener approves once the topics are due, not while members may still submit.
    const tooSoon = await refused(APPROVE, { id: meeting.id, topicIds: [], agenda: 'a' }, officeLeader);
    expect(tooSoon.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOPIC_COLLECTION_OPEN' });

    hub.clock.set(new Date('2026-03-16T15:59:59.000Z'));
    const last = await ok(SUBMIT, { meetingId: meeting.id, title: '裁量基准', details: '统一裁量基准' }, marketOfficer);
    expect(last.topics).toHaveLength(2);
    hub.clock.set(new Date('2026-03-16T16:00:00.000Z'));
    const late = await refused(SUBMIT, { meetingId: meeting.id, title: '迟交议题', details: 'd' }, marketOfficer);
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOPIC_COLLECTION_CLOSED', field: 'input.meetingId' });
    expect(late.message).toContain('2026-03-16T15:59:59.999Z');
    expect((await hub.sql(`SELECT count(*)::int AS n FROM joint_meeting_topic WHERE meeting_id = $1`, [meeting.id]))[0].n).toBe(2);

    // Only the convener — a leader of the office — approves the agenda.
    const topicIds = [early.topics[0].id];
    expect((await refused(APPROVE, { id: meeting.id, topicIds, agenda: 'a' }, officeOfficer)).extensions?.code).toBe('FORBIDDEN');
    const byMember = await refused(APPROVE, { id: meeting.id, topicIds, agenda: 'a' }, marketLeader);
    expect(byMember.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTION_NOT_PERMITTED' });
    const approved = await ok(APPROVE, { id: meeting.id, topicIds, agenda: '一、执法衔接问题' }, officeLeader);
    expect(approved).toMatchObject({ state: 'AGENDA_APPROVED', agenda: '一、执法衔接问题' });
    expect(approved.topics.filter((t: any) => t.onAgenda).map((t: any) => t.unitCode)).toEqual([QINGYANG]);

    expect((await refused(HOLD, { id: meeting.id }, officeOfficer)).extensions).toMatchObject({ reason: 'MEETING_NOT_YET' });
    hub.clock.set(new Date('2026-03-23T02:00:00Z'));
    await ok(HOLD, { id: meeting.id }, officeOfficer);
    const notMember = await refused(
      MINUTES,
      { id: meeting.id, minutes: 'm', decisions: [{ title: 't', details: 'd', assignedUnitCode: STATIONED, dueOn: '2026-03-27' }] },
      officeOfficer,
    );
    expect(notMember.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_MEMBER',
      field: 'input.decisions.0.assignedUnitCode',
    });
    const minuted = await ok(
      MINUTES,
      {
        id: meeting.id,
        minutes: '会议纪要：……',
        decisions: [
          { title: '梳理移送案件', details: '五个工作日内报送', assignedUnitCode: QINGYANG, dueOn: '2026-03-27' },
          { title: '统一裁量基准', details: '修订并通报', assignedUnitCode: MARKET, dueOn: '2026-04-03' },
        ],
      },
      supervisor,
    );
    expect(minuted.state).toBe('MINUTED');
    const [qingyangItem, marketItem] = minuted.actionItems;
    expect(qingyangItem).toMatchObject({
      state: 'ASSIGNED',
      assignedUnitCode: QINGYANG,
      dueOn: '2026-03-27',
      nextDueAt: '2026-03-27T15:59:59.999Z',
    });
    const read = (await hub.gql(ITEM, { id: qingyangItem.id }, { credential: qingyangOfficer })).data!.actionItem;
    expect(read.deadlines).toEqual([
      expect.objectContaining({
        kind: 'CARRY_OUT',
        clause: '§4(4)2②',
        ownerUnitCode: QINGYANG,
        dueAt: '2026-03-27T15:59:59.999Z',
        overdue: false,
      }),
    ]);
    expect(read.allowedActions).toEqual(['reportDone']);
    // The assigned unit sees it in its inbox.
    const inbox = (await hub.gql(INBOX, {}, { credential: qingyangOfficer })).data!.inbox as any[];
    expect(inbox).toContainEqual(
      expect.objectContaining({ itemType: 'ACTION_ITEM', id: qingyangItem.id, state: 'ASSIGNED', overdue: false }),
    );
    // Another unit reads nothing of it.
    expect((await hub.gql(ITEM, { id: qingyangItem.id }, { credential: stationedOfficer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The market carries its item out and the office confirms: its deadline is met, not overdue.
    const reported = await ok(REPORT, { id: marketItem.id, note: '已修订裁量基准并通报' }, marketOfficer);
    expect(reported).toMatchObject({ state: 'REPORTED', report: '已修订裁量基准并通报' });
    expect(await ok(CONFIRM, { id: marketItem.id }, officeOfficer)).toMatchObject({ state: 'CLOSED' });

    // Qingyang does nothing: the sweep marks its item overdue once the due day has passed.
    hub.clock.set(new Date('2026-03-28T02:00:00Z'));
    await eventually(
      () => eventsOf(qingyangItem.id, 'action_item.overdue'),
      (rows) => rows.length === 1,
    );
    const [overdueEvent] = await eventsOf(qingyangItem.id, 'action_item.overdue');
    expect(overdueEvent.recipients).toEqual(expect.arrayContaining([QINGYANG, OFFICE]));
    const rows = await hub.sql(
      `SELECT item_id AS "itemId", owner_unit_code AS owner, overdue_at IS NOT NULL AS overdue, outcome FROM deadline WHERE item_type = 'action_item' AND item_id = ANY($1::uuid[]) ORDER BY owner`,
      [[qingyangItem.id, marketItem.id]],
    );
    expect(rows).toEqual([
      { itemId: qingyangItem.id, owner: QINGYANG, overdue: true, outcome: null },
      { itemId: marketItem.id, owner: MARKET, overdue: false, outcome: 'MET' },
    ]);
    const after = (await hub.gql(ITEM, { id: qingyangItem.id }, { credential: supervisor })).data!.actionItem;
    expect(after).toMatchObject({ state: 'ASSIGNED', overdue: true });
    // §4(4)2②, §6(3): the item no one carried out is in the supervisors' overdue list, as Qingyang's; the met one is not.
    const overdueList = (
      await hub.gql(
        `query($filter: SupervisionItemsFilter) { supervisionItems(filter: $filter, first: 100) {
           nodes { itemType itemTypeName itemId kind ownerUnitCode state workingDaysOverdue } } }`,
        { filter: { itemTypes: ['action_item'], state: 'OVERDUE' } },
        { credential: supervisor },
      )
    ).data!.supervisionItems.nodes as any[];
    expect(overdueList.filter((n) => n.itemId === qingyangItem.id)).toEqual([
      expect.objectContaining({ itemType: 'action_item', ownerUnitCode: QINGYANG, state: 'OVERDUE' }),
    ]);
    expect(overdueList.map((n) => n.itemId)).not.toContain(marketItem.id);
    // Due on Friday 27 March: on the Saturday no working day has passed yet; on Tuesday 31 March two have.
    const workingDaysOverdue = async () =>
      (
        (
          await hub.gql(
            `{ supervisionItems(filter: { itemTypes: ["action_item"] }, first: 100) { nodes { itemId workingDaysOverdue } } }`,
            {},
            { credential: supervisor },
          )
        ).data!.supervisionItems.nodes as any[]
      ).find((n) => n.itemId === qingyangItem.id)?.workingDaysOverdue;
    expect(await workingDaysOverdue()).toBe(0);
    hub.clock.set(new Date('2026-03-31T02:00:00Z'));
    expect(await workingDaysOverdue()).toBe(2);

    // Every step reached the member units, without personal data.
    const mine = await qingyangEvents(meeting.id);
    expect(mine).toEqual(
      expect.arrayContaining([
        'joint_meeting.created',
        'joint_meeting.submitTopic',
        'joint_meeting.approveAgenda',
        'joint_meeting.hold',
        'joint_meeting.recordMinutes',
      ]),
    );
    expect(await qingyangEvents(qingyangItem.id)).toEqual(expect.arrayContaining(['action_item.created', 'action_item.overdue']));
    const [created] = await eventsOf(meeting.id, 'joint_meeting.created');
    expect(created.recipients).toEqual(expect.arrayContaining([OFFICE, MARKET, QINGYANG, 'judicial-procuratorate']));
    expect(created.recipients).not.toContain(STATIONED);
    expect(JSON.stringify(created.data)).not.toMatch(/actorName|createdBy|test-user/);
    hub.clock.set(NOW);
  });

  it('runs a town’s own joint meeting with its stationed agencies the same way (§4(4)3②)', async () => {
    hub.clock.set(new Date('2026-04-13T02:00:00Z'));
    // Only the town's own leaders (or admins) set it up, with stationed agencies and departments beside it.
    const create = `mutation($input: CreateTownJointMeetingBodyInput!) { createTownJointMeetingBody(input: $input) { id code level officeUnitCode memberUnitCodes } }`;
    expect((await refused(create, { townCode: ANHAI, memberUnitCodes: [STATIONED] }, marketLeader)).extensions?.code).toBe('FORBIDDEN');
    const wrongKind = await refused(create, { townCode: ANHAI, memberUnitCodes: [QINGYANG] }, anhaiLeader);
    expect(wrongKind.extensions).toMatchObject({ reason: 'NOT_A_MEMBER', field: 'input.memberUnitCodes' });
    const body = await ok(create, { townCode: ANHAI, memberUnitCodes: [STATIONED] }, anhaiLeader);
    expect(body).toMatchObject({ code: ANHAI, level: 'TOWN', officeUnitCode: ANHAI });
    expect(body.memberUnitCodes.sort()).toEqual([ANHAI, STATIONED].sort());

    const meeting = await ok(
      SCHEDULE,
      { bodyId: body.id, kind: 'ROUTINE', title: '安海镇联席会议', meetingOn: '2026-04-27' },
      anhaiOfficer,
    );
    expect(meeting).toMatchObject({ topicsDueAt: '2026-04-20T15:59:59.999Z' });
    await ok(SUBMIT, { meetingId: meeting.id, title: '联合执法', details: '市场联合检查' }, stationedOfficer);
    const outsider = await refused(SUBMIT, { meetingId: meeting.id, title: 't', details: 'd' }, qingyangOfficer);
    expect(outsider.extensions).toMatchObject({ reason: 'ACTION_NOT_PERMITTED' });
    hub.clock.set(new Date('2026-04-20T16:00:01Z'));
    const late = await refused(SUBMIT, { meetingId: meeting.id, title: 't', details: 'd' }, stationedOfficer);
    expect(late.extensions).toMatchObject({ reason: 'TOPIC_COLLECTION_CLOSED', field: 'input.meetingId' });
    // The city's convener does not approve the town's agenda; the town's leader does.
    expect((await refused(APPROVE, { id: meeting.id, topicIds: [], agenda: 'a' }, officeLeader)).extensions?.reason).toBe(
      'ACTION_NOT_PERMITTED',
    );
    await ok(APPROVE, { id: meeting.id, topicIds: [], agenda: '联合执法' }, anhaiLeader);
    hub.clock.set(new Date('2026-04-27T02:00:00Z'));
    await ok(HOLD, { id: meeting.id }, anhaiOfficer);
    const minuted = await ok(
      MINUTES,
      {
        id: meeting.id,
        minutes: '纪要',
        decisions: [{ title: '联合检查', details: '开展联合检查', assignedUnitCode: STATIONED, dueOn: '2026-04-29' }],
      },
      anhaiOfficer,
    );
    const [item] = minuted.actionItems;
    expect(item).toMatchObject({ assignedUnitCode: STATIONED, nextDueAt: '2026-04-29T15:59:59.999Z' });
    const inbox = (await hub.gql(INBOX, {}, { credential: stationedOfficer })).data!.inbox as any[];
    expect(inbox.map((entry) => entry.id)).toContain(item.id);

    hub.clock.set(new Date('2026-04-30T02:00:00Z'));
    await eventually(
      () => eventsOf(item.id, 'action_item.overdue'),
      (rows) => rows.length === 1,
    );
    const [deadline] = await hub.sql(
      `SELECT owner_unit_code AS owner, overdue_at IS NOT NULL AS overdue FROM deadline WHERE item_type = 'action_item' AND item_id = $1`,
      [item.id],
    );
    expect(deadline).toEqual({ owner: STATIONED, overdue: true });
    // The town's events reach its members and not the other towns.
    const [created] = await eventsOf(meeting.id, 'joint_meeting.created');
    expect(created.recipients.sort()).toEqual([ANHAI, STATIONED].sort());
    // The city's supervisors read the town's meeting.
    const read = await hub.gql(`query($id: ID!) { jointMeeting(id: $id) { id state } }`, { id: meeting.id }, { credential: supervisor });
    expect(read.data!.jointMeeting).toEqual({ id: meeting.id, state: 'MINUTED' });
    hub.clock.set(NOW);
  });

  it('runs a special meeting on demand: its units as the topic needs, topics until the convener approves, an item sent back', async () => {
    hub.clock.set(new Date('2026-06-01T02:00:00Z'));
    const city = ((await hub.gql(BODIES, {}, { credential: supervisor })).data!.jointMeetingBodies as any[]).find((b) => b.code === 'city');
    const special = { bodyId: city.id, kind: 'SPECIAL', title: '专题会议：农贸市场联合整治', meetingOn: '2026-06-05' };
    const past = await refused(SCHEDULE, { ...special, meetingOn: '2026-06-01' }, officeOfficer);
    expect(past.extensions).toMatchObject({ reason: 'DUE_DATE_NOT_AHEAD', field: 'input.meetingOn' });
    const outsider = await refused(SCHEDULE, { ...special, participantUnitCodes: [MARKET, STATIONED] }, officeOfficer);
    expect(outsider.extensions).toMatchObject({ reason: 'NOT_A_MEMBER', field: 'input.participantUnitCodes' });
    const meeting = await ok(
      SCHEDULE,
      { ...special, participantUnitCodes: [MARKET, QINGYANG], invitedUnitCodes: ['city-government'] },
      officeOfficer,
    );
    expect(meeting).toMatchObject({
      kind: 'SPECIAL',
      topicsDueAt: null,
      participantUnitCodes: [MARKET, QINGYANG],
      invitedUnitCodes: ['city-government'],
    });
    // A member the topic does not need does not sit; an invited unit submits no topic.
    expect((await refused(SUBMIT, { meetingId: meeting.id, title: 't', details: 'd' }, anhaiOfficer)).extensions?.reason).toBe(
      'ACTION_NOT_PERMITTED',
    );
    const topic = await ok(SUBMIT, { meetingId: meeting.id, title: '农贸市场整治', details: '联合整治方案' }, marketOfficer);
    // No 5-working-day period (§4(4)2② names none): the convener approves when the topic is in.
    await ok(APPROVE, { id: meeting.id, topicIds: [topic.topics[0].id], agenda: '农贸市场整治' }, officeLeader);
    const closed = await refused(SUBMIT, { meetingId: meeting.id, title: 't', details: 'd' }, marketOfficer);
    expect(closed.extensions).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
    hub.clock.set(new Date('2026-06-05T02:00:00Z'));
    await ok(HOLD, { id: meeting.id }, officeOfficer);
    const minuted = await ok(
      MINUTES,
      {
        id: meeting.id,
        minutes: '纪要',
        decisions: [{ title: '整治方案', details: '制定方案', assignedUnitCode: QINGYANG, dueOn: '2026-06-10' }],
      },
      officeOfficer,
    );
    const [item] = minuted.actionItems;
    const noReport = await refused(REPORT, { id: item.id }, qingyangOfficer);
    expect(noReport.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    await ok(REPORT, { id: item.id, note: '方案已制定' }, qingyangOfficer);
    const sendBack = `mutation($input: SendBackActionItemInput!) { sendBackActionItem(input: $input) { ${ITEM_FIELDS} } }`;
    expect((await refused(sendBack, { id: item.id, note: '方案未报送', dueOn: '2026-06-12' }, qingyangOfficer)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const back = await ok(sendBack, { id: item.id, note: '方案未报送', dueOn: '2026-06-12' }, officeOfficer);
    expect(back).toMatchObject({ state: 'ASSIGNED', dueOn: '2026-06-12' });
    expect(back.deadlines).toEqual([
      expect.objectContaining({ kind: 'CARRY_OUT', ownerUnitCode: QINGYANG, outcome: 'MET' }),
      expect.objectContaining({ kind: 'CARRY_OUT', ownerUnitCode: QINGYANG, dueAt: '2026-06-12T15:59:59.999Z', closedAt: null }),
    ]);
    const [created] = await eventsOf(meeting.id, 'joint_meeting.created');
    expect(created.recipients.sort()).toEqual([OFFICE, MARKET, QINGYANG, 'city-government'].sort());
    // Listed for the units sitting on it, not for a member the topic did not need.
    const list = async (credential: string) =>
      ((await hub.gql(`{ jointMeetings(first: 50) { id } }`, {}, { credential })).data!.jointMeetings as any[]).map((m) => m.id);
    expect(await list(qingyangOfficer)).toContain(meeting.id);
    expect(await list(anhaiOfficer)).not.toContain(meeting.id);
    expect(await list(supervisor)).toContain(meeting.id);

    // Cancelled with its reason; a special meeting does not count as the routine one.
    const other = await ok(SCHEDULE, { ...special, meetingOn: '2026-06-12' }, officeOfficer);
    const cancel = `mutation($input: JointMeetingActionInput!) { cancelJointMeeting(input: $input) { state } }`;
    expect((await refused(cancel, { id: other.id }, officeOfficer)).extensions).toMatchObject({ field: 'input.note' });
    expect(await ok(cancel, { id: other.id, note: '议题已在例会解决' }, officeOfficer)).toEqual({ state: 'CANCELLED' });
    hub.clock.set(NOW);
  });
});
