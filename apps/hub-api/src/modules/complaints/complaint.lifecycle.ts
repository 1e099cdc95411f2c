import { ComplaintAction, ComplaintStatus, LifecycleSide, RecordCategory, Role } from '@hub/shared-schema';
import { declareLifecycle, DeadlineStart, Guard, LifecycleInput, LifecycleItem, unitOn } from '../lifecycle/lifecycle-declaration';
import { ComplaintRecordEntity } from './complaint-record.entity';
import { ComplaintErrors } from './complaints.errors';

/** The periods of a complaint's channel (complaint_deadline_period, set by an administrator). */
export interface ComplaintPeriods {
  initialCheckWorkingDays: number;
  answerWorkingDays: number;
}

/** A complaint as its lifecycle sees it: the shared record it is the workflow of, and its channel's periods. */
export interface ComplaintItem extends LifecycleItem<ComplaintStatus> {
  row: ComplaintRecordEntity;
  periods: ComplaintPeriods;
  /** Who is told of its events: the owning unit, the receiver of its transfer, the joint-meeting office. */
  audience: string[];
}

export interface ComplaintInput extends LifecycleInput {
  /** §4(2) first paragraph: where the person was directed. */
  directedTo?: string | null;
  /** §4(2): the answer given to the person when no violation was found. */
  answer?: string | null;
  penaltyId?: string | null;
}

const { OWNER, RECEIVER } = LifecycleSide;
const STAFF = [Role.OFFICER, Role.LEADER, Role.CONNECTOR] as const;

/** The record an outcome is not complete without (§4(2)): BAD_USER_INPUT naming the field when it is missing. */
const recordRequired = (field: 'directedTo' | 'answer', what: string): Guard<ComplaintItem, ComplaintInput> => ({
  name: `${field}Required`,
  clause: '§4(2)',
  check: (_ctx, _item, input) => (input[field]?.trim() ? null : ComplaintErrors.recordRequired(`input.${field}`, what)),
});

/** Both periods count from receipt (the day of receipt is not counted), in working days. */
const periodFrom = (kind: 'INITIAL_CHECK' | 'ANSWER'): DeadlineStart<ComplaintItem, ComplaintInput> => ({
  kind,
  clause: '§4(2)',
  // 首问负责制: the first receiver owns the complaint and its periods, even once the case is transferred.
  owner: unitOn(OWNER),
  startedAt: (_ctx, item) => item.row.receivedAt,
  rule: (item) => ({
    workingDays: kind === 'INITIAL_CHECK' ? item.periods.initialCheckWorkingDays : item.periods.answerWorkingDays,
  }),
});

/**
 * 举报投诉办理 首问负责制 (§4(2)): the first unit that receives a report, complaint, appeal or petition owns
 * it. Clearly not its function: it tells the person where to go. Otherwise, after initial checking, it
 * answers the person (no violation), files and deals with it within its powers, or transfers it in
 * writing — a case transfer whose result closes the complaint. The shared record (§4(1)6) is its projection.
 */
export const COMPLAINT_LIFECYCLE = declareLifecycle<ComplaintStatus, ComplaintAction, ComplaintItem, ComplaintInput>({
  itemType: 'complaint',
  table: 'complaint_record',
  stateColumn: 'status',
  title: '举报投诉办理 complaint handling (§4(2))',
  initial: ComplaintStatus.RECEIVED,
  final: [ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED],
  states: {
    RECEIVED: '已受理',
    VERIFYING: '核查中',
    TRANSFERRED: '已移送',
    FILED: '已立案',
    ANSWERED: '已答复',
    CLOSED: '已办结',
  },
  created: {
    label: '受理',
    clause: '§4(2)',
    // Local policy per channel (complaint_deadline_period): the initial check and the answer to the person.
    deadlines: [periodFrom('INITIAL_CHECK'), periodFrom('ANSWER')],
  },
  actions: {
    startCheck: { label: '开始核查', clause: '§4(2)', from: ['RECEIVED'], to: 'VERIFYING', by: { roles: STAFF, sides: [OWNER] } },
    // §4(2) first paragraph: clearly not its function — no check is needed; the person is told where to go.
    redirect: {
      label: '告知非本单位职能',
      clause: '§4(2)',
      from: ['RECEIVED', 'VERIFYING'],
      to: 'CLOSED',
      by: { roles: STAFF, sides: [OWNER] },
      guards: [recordRequired('directedTo', '告知去向 where the person was directed')],
      deadlines: {
        stop: [
          { kind: 'INITIAL_CHECK', outcome: 'CANCELLED' },
          { kind: 'ANSWER', outcome: 'MET' },
        ],
      },
    },
    answer: {
      label: '答复（未发现违法）',
      clause: '§4(2)',
      from: ['VERIFYING'],
      to: 'ANSWERED',
      by: { roles: STAFF, sides: [OWNER] },
      guards: [recordRequired('answer', '答复内容 the answer given to the person')],
      deadlines: {
        stop: [
          { kind: 'INITIAL_CHECK', outcome: 'MET' },
          { kind: 'ANSWER', outcome: 'MET' },
        ],
      },
    },
    file: {
      label: '立案',
      clause: '§4(2)',
      from: ['VERIFYING'],
      to: 'FILED',
      by: { roles: STAFF, sides: [OWNER] },
      deadlines: { stop: [{ kind: 'INITIAL_CHECK', outcome: 'MET' }] },
    },
    close: {
      label: '办结',
      clause: '§4(2)',
      from: ['FILED'],
      to: 'CLOSED',
      by: { roles: STAFF, sides: [OWNER] },
      deadlines: { stop: [{ kind: 'ANSWER', outcome: 'MET' }] },
    },
    transfer: {
      label: '书面移送',
      clause: '§4(2), §4(3)',
      from: ['VERIFYING'],
      to: 'TRANSFERRED',
      by: { roles: STAFF, sides: [OWNER] },
      deadlines: { stop: [{ kind: 'INITIAL_CHECK', outcome: 'MET' }] },
    },
    // §4(2), §2(1): the handling unit's result, reported back on the case transfer, closes the complaint.
    transferResult: {
      label: '移送结果办结',
      clause: '§4(2), §2(1)',
      from: ['TRANSFERRED'],
      to: 'CLOSED',
      by: { roles: STAFF, sides: [RECEIVER] },
      deadlines: { stop: [{ kind: 'ANSWER', outcome: 'MET' }] },
    },
    // §4(2), §4(3): the sender withdrew the transfer before it was accepted: the owner has the complaint again.
    transferWithdrawn: {
      label: '移送撤回',
      clause: '§4(2), §4(3)',
      from: ['TRANSFERRED'],
      to: 'VERIFYING',
      by: { roles: [Role.OFFICER, Role.LEADER], sides: [OWNER] },
    },
  },
  events: {
    category: RecordCategory.COMPLAINT,
    audience: (item) => item.audience,
    sourceUnitCode: (item) => item.row.publisherCode,
    // No reporter here: the record's own change events carry it, masked per reader.
    data: (item) => ({
      complaintId: item.id,
      state: item.state,
      channel: item.row.channel,
      ownerUnitCode: item.row.publisherCode,
      handlingUnitCode: item.row.handlingUnitCode,
      matterCode: item.row.matterCode,
      townshipCode: item.row.townshipCode,
      transferId: item.row.transferId,
      duplicateOf: item.row.duplicateOf,
    }),
  },
});
