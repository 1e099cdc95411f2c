import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ActionItem,
  ActionItemAction,
  ActionItemActionInput,
  ActionItemDetail,
  ActionItemState,
  ApproveJointMeetingAgendaInput,
  ChangeJointMeetingMembersInput,
  CreateTownJointMeetingBodyInput,
  JointMeeting,
  JointMeetingActionInput,
  JointMeetingBody,
  JointMeetingKind,
  JointMeetingLevel,
  JointMeetingsArgs,
  JointMeetingState,
  LifecycleSide,
  RecordJointMeetingMinutesInput,
  Role,
  ScheduleJointMeetingInput,
  SendBackActionItemInput,
  SubmitJointMeetingTopicInput,
  TOWNSHIP_KINDS,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { RequestContext } from '../../common/context/request-context';
import { endOfShanghaiDay } from '../../common/time/shanghai-date';
import { AuditService } from '../audit/audit.service';
import { WorkingCalendar } from '../calendar/working-calendar.service';
import { toDeadlineModel } from '../deadlines/deadline.mapper';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { toLifecycleStep } from '../lifecycle/lifecycle-step.mapper';
import { UnitsService } from '../units/units.service';
import { TOWN_MEMBER_KINDS } from './joint-meeting-members';
import {
  ACTION_ITEM_LIFECYCLE,
  ActionItemInput,
  ActionItemItem,
  JOINT_MEETING_LIFECYCLE,
  JointMeetingItem,
  TOPICS_WORKING_DAYS_BEFORE,
} from './joint-meeting.lifecycle';
import { JointMeetingErrors } from './joint-meetings.errors';
import { ActionItemRow, JointMeetingBodyRow, JointMeetingRow, JointMeetingsRepository } from './joint-meetings.repository';

/**
 * 联席会议 (§4(4)): the city's joint meeting, convened by its office at the justice bureau, and each town's
 * own with its stationed agencies (§4(4)3②), run the same way. Scheduling a meeting and recording its
 * minutes are the service's; every step is an action of JOINT_MEETING_LIFECYCLE or ACTION_ITEM_LIFECYCLE,
 * carried out by LifecycleService with its step, audit row, event to the units and deadlines.
 */
@Injectable()
export class JointMeetingsService {
  constructor(
    private readonly repository: JointMeetingsRepository,
    private readonly lifecycle: LifecycleService,
    private readonly deadlines: DeadlinesService,
    private readonly calendar: WorkingCalendar,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  async bodies(ctx: RequestContext): Promise<JointMeetingBody[]> {
    const reader = ctx.authenticatedActor;
    return (await this.repository.bodies(readsAll(reader) ? null : reader.unitCode)).map((row) => toBody(ctx, row));
  }

  async body(ctx: RequestContext, id: string): Promise<JointMeetingBody> {
    const row = await this.loadBody(id);
    if (!readsAll(ctx.authenticatedActor) && !sitsOn(ctx.authenticatedActor, row))
      throw JointMeetingErrors.notYours(`joint meeting body ${id}`);
    return toBody(ctx, row);
  }

  /** §4(4)3②: a town sets up its own joint meeting with the stationed agencies it names; the town is its office. */
  async createTownBody(ctx: RequestContext, input: CreateTownJointMeetingBodyInput): Promise<JointMeetingBody> {
    const town = await this.units.getActive(input.townCode, 'input.townCode');
    if (!TOWNSHIP_KINDS.includes(town.kind)) throw JointMeetingErrors.notTownship(town.code);
    const members = [...new Set(input.memberUnitCodes)];
    await this.checkTownMembers(members);
    const id = randomUUID();
    const created = await this.repository.insertBody(
      { id, code: town.code, level: JointMeetingLevel.TOWN, name: `${town.name}综合行政执法联席会议`, officeUnitCode: town.code },
      ctx.now(),
    );
    if (!created) throw JointMeetingErrors.bodyExists(town.code);
    // The town sits on its own meeting beside the agencies it names.
    await this.repository.addMembers(id, [town.code, ...members], ctx.now());
    return this.body(ctx, id);
  }

  /** Admins change a body's members (a town's leaders their town's); audited with what changed. */
  async changeMembers(ctx: RequestContext, input: ChangeJointMeetingMembersInput): Promise<JointMeetingBody> {
    const actor = ctx.authenticatedActor;
    const body = await this.loadBody(input.bodyId, 'input.bodyId');
    const townLeader = body.level === JointMeetingLevel.TOWN && actor.roles.includes(Role.LEADER) && actor.unitCode === body.officeUnitCode;
    if (!actor.roles.includes(Role.ADMIN) && !townLeader) throw JointMeetingErrors.membersOfOtherBody();
    const add = [...new Set(input.add)];
    const known = new Set((await this.repository.activeUnits(add)).map((unit) => unit.code));
    const unknown = add.filter((code) => !known.has(code));
    if (unknown.length) throw JointMeetingErrors.notMembers('input.add', unknown);
    if (body.level === JointMeetingLevel.TOWN) await this.checkTownMembers(add.filter((code) => code !== body.officeUnitCode));
    const notThere = input.remove.filter((code) => !body.memberUnitCodes.includes(code));
    if (notThere.length) throw JointMeetingErrors.notMembers('input.remove', notThere);
    await this.repository.addMembers(body.id, add, ctx.now());
    await this.repository.removeMembers(body.id, input.remove);
    if (input.routineIntervalMonths) await this.repository.setRoutineInterval(body.id, input.routineIntervalMonths, ctx.now());
    await this.audit.record(ctx, {
      operation: 'jointMeeting.membersChanged',
      target: body.id,
      outcome: 'OK',
      details: { body: body.code, added: add, removed: input.remove, routineIntervalMonths: input.routineIntervalMonths ?? null },
    });
    return this.body(ctx, body.id);
  }

  /**
   * The office schedules a meeting and topic collection opens (§4(4)2). A routine meeting has every member
   * and its topics are due by the end of the 5th working day before its day, counted back on the calendar
   * (a day outside the held calendar is refused); a special meeting has the members its topic needs, and
   * takes topics until the convener approves its agenda (§4(4)2② names no period).
   */
  async schedule(ctx: RequestContext, input: ScheduleJointMeetingInput): Promise<JointMeeting> {
    const actor = ctx.authenticatedActor;
    const body = await this.loadBody(input.bodyId, 'input.bodyId');
    if (actor.unitCode !== body.officeUnitCode) throw JointMeetingErrors.notYours(`scheduling a meeting of ${body.code}`);
    if (input.meetingOn <= ctx.today()) throw JointMeetingErrors.notAhead('input.meetingOn', input.meetingOn);
    const routine = input.kind === JointMeetingKind.ROUTINE;
    let participants = body.memberUnitCodes;
    if (!routine && input.participantUnitCodes?.length) {
      participants = [...new Set(input.participantUnitCodes)];
      const outside = participants.filter((code) => !body.memberUnitCodes.includes(code));
      if (outside.length) throw JointMeetingErrors.notMembers('input.participantUnitCodes', outside);
    }
    const invited = [...new Set(input.invitedUnitCodes ?? [])].filter((code) => !participants.includes(code));
    const known = new Set((await this.repository.activeUnits(invited)).map((unit) => unit.code));
    const unknown = invited.filter((code) => !known.has(code));
    if (unknown.length) throw JointMeetingErrors.notMembers('input.invitedUnitCodes', unknown);
    let topicsDueAt: Date | null = null;
    if (routine) {
      const dueOn = await this.calendar.workingDaysBefore(input.meetingOn, TOPICS_WORKING_DAYS_BEFORE, 'input.meetingOn');
      topicsDueAt = endOfShanghaiDay(dueOn);
      if (topicsDueAt <= ctx.now()) throw JointMeetingErrors.notAhead('input.meetingOn', input.meetingOn);
    }
    const row: JointMeetingRow = {
      id: randomUUID(),
      bodyId: body.id,
      bodyCode: body.code,
      officeUnitCode: body.officeUnitCode,
      kind: input.kind,
      state: JointMeetingState.COLLECTING,
      title: input.title.trim(),
      meetingOn: input.meetingOn,
      topicsDueAt,
      participantUnitCodes: participants,
      invitedUnitCodes: invited,
      agenda: null,
      minutes: null,
      createdBy: actor.name,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    };
    await this.repository.insertMeeting(row);
    await this.lifecycle.created(ctx, JOINT_MEETING_LIFECYCLE, meetingItem(row), {}, LifecycleSide.CONVENER);
    return this.meeting(ctx, row.id);
  }

  /** A member unit's topic (§4(4)2): refused after a routine meeting's due time (TOPIC_COLLECTION_CLOSED). */
  async submitTopic(ctx: RequestContext, input: SubmitJointMeetingTopicInput): Promise<JointMeeting> {
    const row = await this.loadMeeting(input.meetingId, 'input.meetingId');
    await this.lifecycle.perform(ctx, JOINT_MEETING_LIFECYCLE, meetingItem(row), 'submitTopic', {
      note: input.note ?? input.title.trim(),
      attachmentIds: input.attachmentIds ?? [],
    });
    await this.repository.insertTopic({
      id: randomUUID(),
      meetingId: row.id,
      unitCode: ctx.authenticatedActor.unitCode,
      title: input.title.trim(),
      details: input.details,
      submittedBy: ctx.authenticatedActor.name,
      submittedAt: ctx.now(),
      onAgenda: false,
    });
    return this.meeting(ctx, row.id);
  }

  /** §4(4)2: the convener approves the agenda, naming the topics put on it. */
  async approveAgenda(ctx: RequestContext, input: ApproveJointMeetingAgendaInput): Promise<JointMeeting> {
    const row = await this.loadMeeting(input.id);
    const topics = new Set((await this.repository.topics(row.id)).map((topic) => topic.id));
    const foreign = input.topicIds.filter((id) => !topics.has(id));
    if (foreign.length) throw JointMeetingErrors.topicsNotOfMeeting(foreign);
    await this.lifecycle.perform(ctx, JOINT_MEETING_LIFECYCLE, meetingItem(row), 'approveAgenda', inputOf(input));
    await this.repository.setAgenda(row.id, input.agenda, input.topicIds);
    return this.meeting(ctx, row.id);
  }

  async act(ctx: RequestContext, action: 'hold' | 'cancel', input: JointMeetingActionInput): Promise<JointMeeting> {
    const row = await this.loadMeeting(input.id);
    await this.lifecycle.perform(ctx, JOINT_MEETING_LIFECYCLE, meetingItem(row), action, inputOf(input));
    return this.meeting(ctx, row.id);
  }

  /**
   * §4(4)2②: the office records the minutes; each decision becomes an action item assigned to a unit with
   * its due date, on its own lifecycle, its CARRY_OUT deadline owned by that unit (§6(3)).
   */
  async recordMinutes(ctx: RequestContext, input: RecordJointMeetingMinutesInput): Promise<JointMeeting> {
    const row = await this.loadMeeting(input.id);
    const attending = new Set([...row.participantUnitCodes, ...row.invitedUnitCodes]);
    const workingDays: number[] = [];
    for (const [i, decision] of input.decisions.entries()) {
      if (!attending.has(decision.assignedUnitCode)) {
        throw JointMeetingErrors.notMembers(`input.decisions.${i}.assignedUnitCode`, [decision.assignedUnitCode]);
      }
      workingDays.push(await this.workingDaysUntil(ctx, decision.dueOn, `input.decisions.${i}.dueOn`));
    }
    await this.lifecycle.perform(ctx, JOINT_MEETING_LIFECYCLE, meetingItem(row), 'recordMinutes', inputOf(input));
    await this.repository.setMinutes(row.id, input.minutes);
    for (const [i, decision] of input.decisions.entries()) {
      const item: ActionItemRow = {
        id: randomUUID(),
        meetingId: row.id,
        state: ActionItemState.ASSIGNED,
        assignedUnitCode: decision.assignedUnitCode,
        officeUnitCode: row.officeUnitCode,
        title: decision.title.trim(),
        details: decision.details,
        dueOn: decision.dueOn,
        report: null,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
        nextDueAt: null,
        overdue: false,
      };
      await this.repository.insertActionItem(item, i + 1);
      await this.lifecycle.created(ctx, ACTION_ITEM_LIFECYCLE, actionItem(item), { workingDays: workingDays[i] }, LifecycleSide.CONVENER);
    }
    return this.meeting(ctx, row.id);
  }

  async meeting(ctx: RequestContext, id: string): Promise<JointMeeting> {
    const row = await this.loadMeeting(id);
    const reader = ctx.authenticatedActor;
    if (!readsAll(reader) && !attends(reader, row)) throw JointMeetingErrors.notYours(`joint meeting ${id}`);
    const [topics, items, steps] = await Promise.all([
      this.repository.topics(row.id),
      this.repository.actionItemsOf(row.id),
      this.lifecycle.stepsOf(JOINT_MEETING_LIFECYCLE.itemType, [row.id]),
    ]);
    return {
      ...row,
      topics: topics.map(({ meetingId: _m, submittedBy: _by, ...topic }) => topic),
      actionItems: items.map((item) => toActionItem(item, this.lifecycle.allowedActions(reader, ACTION_ITEM_LIFECYCLE, actionItem(item)))),
      steps: steps.map(toLifecycleStep),
      allowedActions: this.lifecycle.allowedActions(reader, JOINT_MEETING_LIFECYCLE, meetingItem(row)),
    };
  }

  async meetings(ctx: RequestContext, args: JointMeetingsArgs): Promise<JointMeeting[]> {
    const reader = ctx.authenticatedActor;
    const rows = await this.repository.meetings(args.bodyId ?? null, readsAll(reader) ? null : reader.unitCode, args.first);
    return Promise.all(rows.map((row) => this.meeting(ctx, row.id)));
  }

  // ---- action items ----

  async actionItem(ctx: RequestContext, id: string): Promise<ActionItemDetail> {
    const row = await this.loadItem(id);
    const reader = ctx.authenticatedActor;
    if (!readsAll(reader) && ![row.assignedUnitCode, row.officeUnitCode].includes(reader.unitCode)) {
      throw JointMeetingErrors.notYours(`action item ${id}`);
    }
    const [steps, deadlines] = await Promise.all([
      this.lifecycle.stepsOf(ACTION_ITEM_LIFECYCLE.itemType, [row.id]),
      this.deadlines.forItem(ACTION_ITEM_LIFECYCLE.itemType, row.id),
    ]);
    return {
      ...toActionItem(row, this.lifecycle.allowedActions(reader, ACTION_ITEM_LIFECYCLE, actionItem(row))),
      steps: steps.map(toLifecycleStep),
      deadlines: deadlines.map(toDeadlineModel),
    };
  }

  /** §4(4)2②: the assigned unit reports how it carried the decision out (the note is its report). */
  async reportDone(ctx: RequestContext, input: ActionItemActionInput): Promise<ActionItemDetail> {
    const row = await this.loadItem(input.id);
    await this.lifecycle.perform(ctx, ACTION_ITEM_LIFECYCLE, actionItem(row), 'reportDone', inputOf(input));
    await this.repository.setReport(row.id, input.note!.trim());
    return this.actionItem(ctx, row.id);
  }

  async confirm(ctx: RequestContext, input: ActionItemActionInput): Promise<ActionItemDetail> {
    const row = await this.loadItem(input.id);
    await this.lifecycle.perform(ctx, ACTION_ITEM_LIFECYCLE, actionItem(row), 'confirm', inputOf(input));
    return this.actionItem(ctx, row.id);
  }

  /** §4(4)1④: the office sends back what was not carried out; a new CARRY_OUT deadline runs to the new date. */
  async sendBack(ctx: RequestContext, input: SendBackActionItemInput): Promise<ActionItemDetail> {
    const row = await this.loadItem(input.id);
    const workingDays = await this.workingDaysUntil(ctx, input.dueOn, 'input.dueOn');
    const actionInput: ActionItemInput = { ...inputOf(input), workingDays };
    await this.lifecycle.perform(ctx, ACTION_ITEM_LIFECYCLE, actionItem(row), 'sendBack', actionInput);
    await this.repository.setDueOn(row.id, input.dueOn);
    return this.actionItem(ctx, row.id);
  }

  /** Working days from today to the due date: its deadline ends with that day (or the working day before it). */
  private async workingDaysUntil(ctx: RequestContext, dueOn: string, field: string): Promise<number> {
    const days = dueOn > ctx.today() ? await this.calendar.workingDaysBetween(ctx.today(), dueOn, field) : 0;
    if (days < 1) throw JointMeetingErrors.notAhead(field, dueOn);
    return days;
  }

  private async checkTownMembers(codes: string[]): Promise<void> {
    const units = await this.repository.activeUnits(codes);
    const fit = new Set(units.filter((unit) => (TOWN_MEMBER_KINDS as readonly string[]).includes(unit.kind)).map((unit) => unit.code));
    const misfits = codes.filter((code) => !fit.has(code));
    if (misfits.length) throw JointMeetingErrors.notStationed('input.memberUnitCodes', misfits);
  }

  private async loadBody(id: string, field = 'id'): Promise<JointMeetingBodyRow> {
    const row = await this.repository.body(id);
    if (!row) throw JointMeetingErrors.bodyNotFound(id, field);
    return row;
  }

  private async loadMeeting(id: string, field = 'id'): Promise<JointMeetingRow> {
    const row = await this.repository.meeting(id);
    if (!row) throw JointMeetingErrors.meetingNotFound(id, field);
    return row;
  }

  private async loadItem(id: string): Promise<ActionItemRow> {
    const row = await this.repository.actionItem(id);
    if (!row) throw JointMeetingErrors.actionItemNotFound(id);
    return row;
  }
}

/** The meeting's sides: its office convenes, its attending members sit; its events go to them and the invited. */
function meetingItem(row: JointMeetingRow): JointMeetingItem {
  return {
    id: row.id,
    state: row.state,
    row,
    sides: { CONVENER: [row.officeUnitCode], MEMBER: row.participantUnitCodes },
    audience: [...new Set([row.officeUnitCode, ...row.participantUnitCodes, ...row.invitedUnitCodes])],
  };
}

function actionItem(row: ActionItemRow): ActionItemItem {
  return { id: row.id, state: row.state, row, sides: { ASSIGNEE: [row.assignedUnitCode], CONVENER: [row.officeUnitCode] } };
}

function toActionItem(row: ActionItemRow, allowedActions: ActionItemAction[]): ActionItem {
  return { ...row, allowedActions };
}

/** §4(4)2①: the latest routine meeting's day plus the interval (6 months: every half year); today when there was none. */
function toBody(ctx: RequestContext, row: JointMeetingBodyRow): JointMeetingBody {
  return {
    ...row,
    nextRoutineMeetingDueOn: row.lastRoutineMeetingOn ? addMonths(row.lastRoutineMeetingOn, row.routineIntervalMonths) : ctx.today(),
  };
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function readsAll(reader: Actor): boolean {
  return reader.roles.includes(Role.SUPERVISOR) || reader.roles.includes(Role.ADMIN);
}

function sitsOn(reader: Actor, body: JointMeetingBodyRow): boolean {
  return body.officeUnitCode === reader.unitCode || body.memberUnitCodes.includes(reader.unitCode);
}

function attends(reader: Actor, row: JointMeetingRow): boolean {
  return [row.officeUnitCode, ...row.participantUnitCodes, ...row.invitedUnitCodes].includes(reader.unitCode);
}

function inputOf(input: { note?: string | null; attachmentIds?: string[] | null }) {
  return { note: input.note ?? null, attachmentIds: input.attachmentIds ?? [] };
}
