import {
  ActionItemAction,
  ActionItemState,
  JointMeetingAction,
  JointMeetingState,
  LifecycleSide,
  RecordCategory,
  Role,
} from '@hub/shared-schema';
import { declareLifecycle, LifecycleInput, LifecycleItem, unitOn } from '../lifecycle/lifecycle-declaration';
import { JointMeetingErrors } from './joint-meetings.errors';
import { ActionItemRow, JointMeetingRow } from './joint-meetings.repository';

/** §4(4)2①: the office collects topics from the member units 5 working days before the meeting. */
export const TOPICS_WORKING_DAYS_BEFORE = 5;
/** §4(4)2①: routine meetings "in principle every half year": the default interval of a body. */
export const ROUTINE_INTERVAL_MONTHS = 6;

const { CONVENER, MEMBER, ASSIGNEE } = LifecycleSide;
/** The office's staff (its supervisors too, at the city's office in the justice bureau). */
const OFFICE = [Role.OFFICER, Role.LEADER, Role.SUPERVISOR] as const;
/** A unit's staff and systems. */
const STAFF = [Role.CONNECTOR, Role.OFFICER, Role.LEADER] as const;

/** A meeting as its lifecycle sees it: the office on the CONVENER side, the attending members on the MEMBER side. */
export interface JointMeetingItem extends LifecycleItem<JointMeetingState> {
  row: JointMeetingRow;
  /** The office, the attending members and the invited units: who receives its events. */
  audience: string[];
}

export type JointMeetingInput = LifecycleInput;

/**
 * 联席会议 (§4(4)2): the office schedules a meeting and collects topics → members submit theirs, a routine
 * meeting's by the end of the 5th working day before it → the convener approves the agenda → the meeting
 * is held → the office records the minutes, whose decisions become action items; or it is cancelled.
 */
export const JOINT_MEETING_LIFECYCLE = declareLifecycle<JointMeetingState, JointMeetingAction, JointMeetingItem, JointMeetingInput>({
  itemType: 'joint_meeting',
  table: 'joint_meeting',
  title: '联席会议 joint meeting (§4(4))',
  initial: 'COLLECTING',
  final: ['MINUTED', 'CANCELLED'],
  states: {
    COLLECTING: '征集议题',
    AGENDA_APPROVED: '议程已审定',
    HELD: '已召开',
    MINUTED: '已形成纪要',
    CANCELLED: '已取消',
  },
  created: { label: '召集会议并征集议题', clause: '§4(4)2' },
  actions: {
    // §4(4)2①②: topics come from the member units; a routine meeting's are due 5 working days before it.
    submitTopic: {
      label: '提交议题',
      clause: '§4(4)2',
      from: ['COLLECTING'],
      by: { roles: STAFF, sides: [MEMBER] },
      guards: [
        {
          name: 'topicsBeforeDue',
          clause: '§4(4)2①',
          check: (ctx, item) =>
            item.row.topicsDueAt && ctx.now() > item.row.topicsDueAt
              ? JointMeetingErrors.topicCollectionClosed(item.row.topicsDueAt)
              : null,
        },
      ],
    },
    // §4(4)2: 报联席会议召集人审定 — the convener (a leader of the office) approves the agenda, once the topics are in.
    approveAgenda: {
      label: '召集人审定议程',
      clause: '§4(4)2',
      from: ['COLLECTING'],
      to: 'AGENDA_APPROVED',
      by: { roles: [Role.LEADER], sides: [CONVENER] },
      guards: [
        {
          name: 'topicsDue',
          clause: '§4(4)2①',
          check: (ctx, item) =>
            item.row.topicsDueAt && ctx.now() <= item.row.topicsDueAt ? JointMeetingErrors.topicCollectionOpen(item.row.topicsDueAt) : null,
        },
      ],
    },
    hold: {
      label: '召开会议',
      clause: '§4(4)2',
      from: ['AGENDA_APPROVED'],
      to: 'HELD',
      by: { roles: OFFICE, sides: [CONVENER] },
      guards: [
        {
          name: 'onTheDay',
          clause: '§4(4)2',
          check: (ctx, item) => (ctx.today() < item.row.meetingOn ? JointMeetingErrors.meetingNotYet(item.row.meetingOn) : null),
        },
      ],
    },
    // §4(4)2②: 联席会议办公室负责形成会议纪要 — the office records the minutes; their decisions are action items.
    recordMinutes: {
      label: '形成会议纪要',
      clause: '§4(4)2②',
      from: ['HELD'],
      to: 'MINUTED',
      by: { roles: OFFICE, sides: [CONVENER] },
    },
    cancel: {
      label: '取消会议',
      clause: '§4(4)2',
      from: ['COLLECTING', 'AGENDA_APPROVED'],
      to: 'CANCELLED',
      by: { roles: [Role.OFFICER, Role.LEADER], sides: [CONVENER] },
      noteRequired: true,
    },
  },
  events: {
    // §4(1)7 其他执法信息: the meeting's events go to its own units only; no personal data.
    category: RecordCategory.OTHER,
    audience: (item) => item.audience,
    sourceUnitCode: (item) => item.row.officeUnitCode,
    data: (item) => ({
      jointMeetingId: item.id,
      bodyCode: item.row.bodyCode,
      kind: item.row.kind,
      state: item.state,
      title: item.row.title,
      meetingOn: item.row.meetingOn,
      topicsDueAt: item.row.topicsDueAt?.toISOString() ?? null,
    }),
  },
});

/** An action item as its lifecycle sees it: the office (CONVENER) and the assigned unit (ASSIGNEE). */
export interface ActionItemItem extends LifecycleItem<ActionItemState> {
  row: ActionItemRow;
}

export interface ActionItemInput extends LifecycleInput {
  /** The working days from now to the due date, counted by the service (creation, sendBack). */
  workingDays?: number;
}

const CARRY_OUT = 'CARRY_OUT';
/** §4(4)2②: 相关单位应贯彻落实会议纪要有关要求 — the assigned unit owns the deadline (its 责任单位, §6(3)). */
const carryOut = {
  kind: CARRY_OUT,
  clause: '§4(4)2②',
  owner: unitOn(ASSIGNEE),
  startedAt: (ctx: { now(): Date }) => ctx.now(),
  rule: (_item: ActionItemItem, input: ActionItemInput) => ({ workingDays: input.workingDays ?? 1 }),
};

/**
 * 督办事项 (§4(4)2②, §4(4)1④): a decision of the minutes assigned to a unit with a due date → the unit
 * reports it carried it out → the office confirms (closed) or sends it back with a new due date. Its
 * CARRY_OUT deadline is the assigned unit's: the sweep marks it overdue when no one carries it out.
 */
export const ACTION_ITEM_LIFECYCLE = declareLifecycle<ActionItemState, ActionItemAction, ActionItemItem, ActionItemInput>({
  itemType: 'action_item',
  table: 'action_item',
  title: '督办事项 action item of a joint meeting’s minutes (§4(4)2②)',
  initial: 'ASSIGNED',
  final: ['CLOSED'],
  states: { ASSIGNED: '待落实', REPORTED: '已报告落实', CLOSED: '已办结' },
  created: { label: '纪要议定事项交办', clause: '§4(4)2②', deadlines: [carryOut] },
  actions: {
    reportDone: {
      label: '报告落实情况',
      clause: '§4(4)2②',
      from: ['ASSIGNED'],
      to: 'REPORTED',
      by: { roles: STAFF, sides: [ASSIGNEE] },
      noteRequired: true,
      deadlines: { stop: [{ kind: CARRY_OUT, outcome: 'MET' }] },
    },
    confirm: {
      label: '确认办结',
      clause: '§4(4)1④',
      from: ['REPORTED'],
      to: 'CLOSED',
      by: { roles: OFFICE, sides: [CONVENER] },
    },
    // §4(4)1④: the office supervises the carrying out: what was not done goes back, with a new due date.
    sendBack: {
      label: '退回重办',
      clause: '§4(4)1④',
      from: ['REPORTED'],
      to: 'ASSIGNED',
      by: { roles: OFFICE, sides: [CONVENER] },
      noteRequired: true,
      deadlines: { start: [carryOut] },
    },
  },
  events: {
    category: RecordCategory.OTHER,
    audience: (item) => [item.row.assignedUnitCode, item.row.officeUnitCode],
    sourceUnitCode: (item) => item.row.officeUnitCode,
    data: (item) => ({
      actionItemId: item.id,
      jointMeetingId: item.row.meetingId,
      state: item.state,
      assignedUnitCode: item.row.assignedUnitCode,
      dueOn: item.row.dueOn,
    }),
  },
});
