import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AnswerAssistanceInput,
  AssistanceAction,
  AssistanceActionInput,
  AssistanceKind,
  AssistanceRequest,
  AssistanceRequestDetail,
  AssistanceRequestsArgs,
  AssistanceState,
  Connection,
  CourtAnswerInput,
  CreateAssistanceRequestInput,
  ExecutionStatus,
  EvidenceFile,
  EvidenceOwnerCategory,
  ExtendAssistanceInput,
  LifecycleSide,
  PageArgs,
  RecordDispatchInput,
  RecordOnSiteInput,
  RefusalGround,
  RefusalGroundInput,
  RefuseAssistanceInput,
  Role,
  SetRefusalGroundActiveInput,
  SupplyLedgerInput,
  TOWNSHIP_KINDS,
  UnitKind,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { RequestContext } from '../../common/context/request-context';
import { decodeKeysetCursor, TIMESTAMP_KEY, toConnection } from '../../common/pagination/cursor';
import { shanghaiToday } from '../../common/time/shanghai-date';
import { WorkingCalendar } from '../calendar/working-calendar.service';
import { toDeadlineModel } from '../deadlines/deadline.mapper';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { EvidenceService } from '../evidence/evidence.service';
import { LedgersService } from '../ledgers/ledgers.service';
import { PenaltiesService } from '../penalties/penalties.service';
import { LifecycleErrors } from '../lifecycle/lifecycle.errors';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { toLifecycleStep } from '../lifecycle/lifecycle-step.mapper';
import { COURT_CODE, JOINT_MEETING_OFFICE_CODE, POLICE_CODE } from '../units/reference-units';
import { UnitsService } from '../units/units.service';
import { AssistanceInput, AssistanceItem, lifecycleOf } from './assistance.lifecycle';
import { AssistanceErrors } from './assistance.errors';
import { AssistanceRepository, AssistanceRow, RefusalGroundRow } from './assistance.repository';

const ITEM_TYPE = 'assistance';
/** §4(5): a decision not carried out: not yet executed, or its execution under way (a court's earlier answer). */
const ENFORCEABLE: readonly string[] = [ExecutionStatus.PENDING, ExecutionStatus.IN_PROGRESS, ExecutionStatus.SUSPENDED];

/**
 * Assistance requests (协助请求): a unit asks another in writing for a technical opinion or appraisal
 * (§5(2)), for documents it holds (§5(1)) or, a department of a town, for ledger material (§4(1)4); a town
 * asks the police for support or the court for enforcement (§4(5)). Creating one is the service's; every later step is an action
 * of the kind's declared lifecycle (assistance.lifecycle.ts), carried out by LifecycleService with its
 * step, audit row, `assistance.<action>` event and deadlines, and the kind's own record written beside it
 * in the same transaction.
 */
@Injectable()
export class AssistanceService {
  constructor(
    private readonly requests: AssistanceRepository,
    private readonly lifecycle: LifecycleService,
    private readonly deadlines: DeadlinesService,
    private readonly calendar: WorkingCalendar,
    private readonly evidence: EvidenceService,
    private readonly units: UnitsService,
    private readonly ledgers: LedgersService,
    private readonly penalties: PenaltiesService,
  ) {}

  async create(ctx: RequestContext, input: CreateAssistanceRequestInput): Promise<AssistanceRequestDetail> {
    const actor = ctx.authenticatedActor;
    const requested = await this.units.getActive(input.requestedUnitCode, 'input.requestedUnitCode');
    if (requested.code === actor.unitCode) throw AssistanceErrors.requestedIsRequester();
    const requester = await this.units.get(actor.unitCode);
    const data = input.kind === AssistanceKind.DATA_REQUEST;
    const police = input.kind === AssistanceKind.POLICE_SUPPORT;
    if (data) {
      // §4(1)4: a department asks a town for material for its own reporting, naming the ledger kind and the period.
      if (requester.kind !== UnitKind.DEPARTMENT) throw AssistanceErrors.dataRequestFromDepartment();
      if (!TOWNSHIP_KINDS.includes(requested.kind)) throw AssistanceErrors.dataRequestToTownship(requested.code);
      if (!input.ledgerKind) throw AssistanceErrors.dataRequestNeeds('input.ledgerKind');
      if (!input.period) throw AssistanceErrors.dataRequestNeeds('input.period');
    }
    const court = input.kind === AssistanceKind.COURT_ENFORCEMENT;
    let priorExecutionStatus: ExecutionStatus | null = null;
    if (court) {
      // §4(5): a town applies to the court for compulsory execution of its own decision a party did not carry out.
      if (requested.code !== COURT_CODE) throw AssistanceErrors.courtEnforcementToCourt(requested.code);
      if (!input.penaltyId) throw AssistanceErrors.courtEnforcementNeedsPenalty();
      const penalty = await this.requests.penaltyOf(input.penaltyId);
      if (!penalty) throw AssistanceErrors.penaltyNotFound(input.penaltyId);
      if (penalty.publisherCode !== actor.unitCode) throw AssistanceErrors.penaltyNotYours(input.penaltyId);
      if (penalty.revoked || !ENFORCEABLE.includes(penalty.executionStatus)) {
        throw AssistanceErrors.penaltyNotEnforceable(input.penaltyId, penalty.revoked ? 'REVOKED' : penalty.executionStatus);
      }
      priorExecutionStatus = penalty.executionStatus;
    }
    if (police) {
      // §4(5): a town asks the police for officers at its enforcement action, at a time and a place.
      if (!TOWNSHIP_KINDS.includes(requester.kind)) throw AssistanceErrors.policeSupportFromTownship();
      if (requested.code !== POLICE_CODE) throw AssistanceErrors.policeSupportToPolice(requested.code);
      if (!input.actionAt) throw AssistanceErrors.policeSupportNeeds('input.actionAt');
      if (!input.place) throw AssistanceErrors.policeSupportNeeds('input.place');
    }
    const row: AssistanceRow = {
      id: randomUUID(),
      kind: input.kind,
      state: AssistanceState.SENT,
      requestingUnitCode: actor.unitCode,
      requestedUnitCode: requested.code,
      subject: input.subject.trim(),
      details: input.details,
      // §4(5): police support is urgent unless the town says otherwise.
      urgent: input.urgent ?? police,
      evidenceAtRisk: input.evidenceAtRisk,
      ledgerKind: data ? input.ledgerKind! : null,
      period: data ? input.period! : null,
      actionAt: police ? input.actionAt! : null,
      place: police ? input.place!.trim() : null,
      dispatchedOfficers: null,
      dispatchedAt: null,
      penaltyId: court ? input.penaltyId! : null,
      priorExecutionStatus,
      courtRuling: null,
      onSitePerson: null,
      onSiteAt: null,
      expectedOn: null,
      opinion: null,
      refusalGroundCode: null,
      refusalExplanation: null,
      createdBy: actor.name,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
      nextDueAt: null,
      overdue: false,
    };
    await this.requests.insert(row);
    // §5: the request reaches the requested unit when it is sent: its answer deadline starts now.
    await this.lifecycle.created(ctx, lifecycleOf(row.kind), lightItem(row), {}, LifecycleSide.SENDER);
    // §4(5): the decision is now with the court: its execution status says so, published as the town's record.
    if (court) await this.penalties.setExecutionStatus(ctx, row.penaltyId!, ExecutionStatus.COURT_ENFORCEMENT, 'input.penaltyId');
    return this.detail(ctx, row.id);
  }

  /** An action with a note and attachments only (accept, close, withdraw). */
  async act(ctx: RequestContext, action: 'accept' | 'close' | 'withdraw', input: AssistanceActionInput): Promise<AssistanceRequestDetail> {
    const row = await this.load(input.id);
    await this.perform(ctx, input.id, action, inputOf(input), row);
    // §4(5): an application withdrawn before the court took it leaves the decision with the town again: its
    // execution status is what it was before, published as the town's record.
    if (action === 'withdraw' && row.kind === AssistanceKind.COURT_ENFORCEMENT && row.priorExecutionStatus) {
      await this.penalties.setExecutionStatus(ctx, row.penaltyId!, row.priorExecutionStatus, 'input.id');
    }
    return this.detail(ctx, input.id);
  }

  /** §5(2): the requested unit records who it sent on site for an urgent or evidence-at-risk request, and when. */
  async recordOnSite(ctx: RequestContext, input: RecordOnSiteInput): Promise<AssistanceRequestDetail> {
    await this.perform(ctx, input.id, 'recordOnSite', { ...inputOf(input), note: input.note ?? `到场人员 ${input.person.trim()}` });
    await this.requests.setOnSite(input.id, input.person.trim(), input.arrivedAt);
    return this.detail(ctx, input.id);
  }

  /**
   * §5(2): a long appraisal is announced before the answer is due, with the date it is expected by; the
   * deadline moves to the end of that day, counted in working days from receipt as every deadline is (an
   * expected date that is not a working day ends the period on the working day before it).
   */
  async extend(ctx: RequestContext, input: ExtendAssistanceInput): Promise<AssistanceRequestDetail> {
    const row = await this.load(input.id);
    const answer = await this.openAnswer(row.id);
    const workingDays = answer
      ? await this.calendar.workingDaysBetween(shanghaiToday(answer.startedAt), input.expectedOn, 'input.expectedOn')
      : 0;
    await this.perform(ctx, input.id, 'extend', { ...inputOf(input), workingDays }, row);
    await this.requests.setExpectedOn(input.id, input.expectedOn);
    return this.detail(ctx, input.id);
  }

  /** §4(5): the police record the officers they dispatched to the town's enforcement action, and when. */
  async recordDispatch(ctx: RequestContext, input: RecordDispatchInput): Promise<AssistanceRequestDetail> {
    await this.perform(ctx, input.id, 'recordDispatch', { ...inputOf(input), note: input.note ?? `出警人员 ${input.officers.trim()}` });
    await this.requests.setDispatch(input.id, input.officers.trim(), input.dispatchedAt);
    return this.detail(ctx, input.id);
  }

  /**
   * §4(5): the court answers the application; the decision's execution status follows the answer, a new
   * version of the town's penalty record with its change event, in the same transaction.
   */
  async courtAnswer(ctx: RequestContext, input: CourtAnswerInput): Promise<AssistanceRequestDetail> {
    const row = await this.load(input.id);
    await this.perform(ctx, input.id, 'courtAnswer', { ...inputOf(input), note: input.note ?? input.ruling }, row);
    await this.requests.setCourtRuling(row.id, input.ruling.trim());
    await this.penalties.setExecutionStatus(ctx, row.penaltyId!, input.executionStatus, 'input.id');
    return this.detail(ctx, input.id);
  }

  /** §5(2): the written opinion or appraisal, with its files (uploaded as the request's evidence). */
  async answer(ctx: RequestContext, input: AnswerAssistanceInput): Promise<AssistanceRequestDetail> {
    await this.perform(ctx, input.id, 'answer', inputOf(input));
    await this.requests.setOpinion(input.id, input.opinion);
    return this.detail(ctx, input.id);
  }

  /** §5(1): the documents the requested unit uploaded for the request are provided to the requester. */
  async provide(ctx: RequestContext, input: AssistanceActionInput): Promise<AssistanceRequestDetail> {
    await this.perform(ctx, input.id, 'provide', inputOf(input));
    return this.detail(ctx, input.id);
  }

  /**
   * §4(1)4: the town answers a data request by publishing ledger entries of the kind and period asked for,
   * through the records machinery (their versions and `ledger.*` events, the department told as the unit
   * that asked), each linked to the request, in the one transaction of the mutation.
   */
  async supplyLedger(ctx: RequestContext, input: SupplyLedgerInput): Promise<AssistanceRequestDetail> {
    const row = await this.load(input.id);
    this.offered(ctx.authenticatedActor, row, 'supplyLedger');
    input.entries.forEach((entry, i) => {
      if (entry.entryKind !== row.ledgerKind) throw AssistanceErrors.entryNotAsked(i, 'entryKind', row.ledgerKind ?? '');
      if (entry.period !== row.period) throw AssistanceErrors.entryNotAsked(i, 'period', row.period ?? '');
    });
    await this.perform(ctx, input.id, 'supplyLedger', inputOf(input), row);
    const ids: string[] = [];
    for (const entry of input.entries) {
      const published = await this.ledgers.publish(ctx, { ...entry, requestedByCode: row.requestingUnitCode });
      ids.push(published.id!);
    }
    await this.requests.linkLedgerEntries(row.id, ids, ctx.now());
    return this.detail(ctx, input.id);
  }

  /** §5(1): a refusal only on a legal ground from the admins' list, explained in the note. */
  async refuse(ctx: RequestContext, input: RefuseAssistanceInput): Promise<AssistanceRequestDetail> {
    if (input.groundCode) {
      const ground = await this.requests.ground(input.groundCode);
      if (!ground?.active) throw AssistanceErrors.groundUnknown(input.groundCode);
    }
    // Written first (the table holds no refusal without its ground); a refusal of the action rolls it back with the mutation.
    if (input.groundCode && input.note?.trim()) await this.requests.setRefusal(input.id, input.groundCode, input.note.trim());
    await this.perform(ctx, input.id, 'refuse', { ...inputOf(input), groundCode: input.groundCode ?? null });
    return this.detail(ctx, input.id);
  }

  /** The request with its steps, deadlines and documents, for its two units and supervisors. */
  async detail(ctx: RequestContext, id: string): Promise<AssistanceRequestDetail> {
    const reader = ctx.authenticatedActor;
    const row = await this.load(id);
    if (!sees(reader, row)) throw AssistanceErrors.notYours(id);
    const [steps, deadlines, documents, ground, ledgerEntries] = await Promise.all([
      this.lifecycle.stepsOf(ITEM_TYPE, [id]),
      this.deadlines.forItem(ITEM_TYPE, id),
      this.documentsFor(reader, row),
      row.refusalGroundCode ? this.requests.ground(row.refusalGroundCode) : Promise.resolve(null),
      this.requests.linkedLedgerEntryIds(id).then((ids) => this.ledgers.byIds(ids)),
    ]);
    return {
      ...toAssistanceRequest(row, this.allowedActions(reader, row), ground),
      steps: steps.map(toLifecycleStep),
      deadlines: deadlines.map(toDeadlineModel),
      documents,
      ledgerEntries,
    };
  }

  async list(ctx: RequestContext, args: AssistanceRequestsArgs): Promise<Connection<AssistanceRequest>> {
    const reader = ctx.authenticatedActor;
    const after = decodeKeysetCursor(args.after, TIMESTAMP_KEY);
    const rows = await this.requests.page(
      {
        unitCode: reader.roles.includes(Role.SUPERVISOR) && !args.direction ? null : reader.unitCode,
        direction: args.direction ?? null,
        kind: args.kind ?? null,
        state: args.state ?? null,
        overdue: args.overdue ?? null,
      },
      after,
      args.first + 1,
    );
    return this.page(reader, rows, args.first);
  }

  /** What the reader's unit must do now: answer a request, or close an answered one; most urgent first. */
  async inbox(ctx: RequestContext, args: PageArgs): Promise<AssistanceRequest[]> {
    const reader = ctx.authenticatedActor;
    return (await this.page(reader, await this.requests.inbox(reader.unitCode, args.first), args.first)).nodes;
  }

  /** §5(1): the request's documents are attached and read by its two units only (EvidenceOwners); NOT_FOUND for an unknown one. */
  async holdersOf(id: string, field: string): Promise<string[]> {
    const units = await this.requests.unitsOf(id);
    if (!units) throw AssistanceErrors.notFound(id, field);
    return units;
  }

  async grounds(activeOnly: boolean): Promise<RefusalGround[]> {
    return this.requests.grounds(activeOnly);
  }

  async createGround(ctx: RequestContext, input: RefusalGroundInput): Promise<RefusalGround> {
    const row: RefusalGroundRow = { code: input.code, name: input.name.trim(), legalBasis: input.legalBasis.trim(), active: true };
    if (!(await this.requests.insertGround(row, ctx.now()))) throw AssistanceErrors.groundExists(input.code);
    return row;
  }

  async setGroundActive(ctx: RequestContext, input: SetRefusalGroundActiveInput): Promise<RefusalGround> {
    if (!(await this.requests.setGroundActive(input.code, input.active, ctx.now()))) throw AssistanceErrors.groundNotFound(input.code);
    return (await this.requests.ground(input.code))!;
  }

  private async page(reader: Actor, rows: AssistanceRow[], first: number): Promise<Connection<AssistanceRequest>> {
    // The list of grounds is short (a few legal grounds): read once per page.
    const grounds = new Map((await this.requests.grounds(false)).map((ground) => [ground.code, ground]));
    return toConnection(
      rows,
      first,
      (row) => `${row.createdAt.toISOString()}|${row.id}`,
      (row) =>
        toAssistanceRequest(
          row,
          this.allowedActions(reader, row),
          row.refusalGroundCode ? (grounds.get(row.refusalGroundCode) ?? null) : null,
        ),
    );
  }

  /** Loads the request and what its guards need, and has the kind's lifecycle carry out the action. */
  private async perform(ctx: RequestContext, id: string, action: AssistanceAction, input: AssistanceInput, loaded?: AssistanceRow) {
    const row = loaded ?? (await this.load(id));
    this.offered(ctx.authenticatedActor, row, action);
    const answer = await this.openAnswer(row.id);
    // Whoever acts stands on one of its two sides, and so holds its evidence.
    const files = await this.documentsFor(ctx.authenticatedActor, row);
    const item: AssistanceItem = {
      ...lightItem(row),
      answerDueAt: answer?.dueAt ?? null,
      answerWorkingDays: answer && 'workingDays' in answer.rule ? answer.rule.workingDays : null,
      providedFiles: files.filter((file) => file.status === 'CONFIRMED' && file.uploaderUnitCode === row.requestedUnitCode).length,
    };
    return this.lifecycle.perform(ctx, lifecycleOf(row.kind), item, action, input);
  }

  /** An action another kind declares (an extension of a document request) is not open: TRANSITION_NOT_ALLOWED, as any closed action. */
  private offered(reader: Actor, row: AssistanceRow, action: AssistanceAction): void {
    if (!(action in lifecycleOf(row.kind).actions)) {
      throw LifecycleErrors.notAllowed(ITEM_TYPE, row.id, row.state, action, this.allowedActions(reader, row));
    }
  }

  private async openAnswer(id: string) {
    return (await this.deadlines.forItem(ITEM_TYPE, id)).find((d) => d.kind === 'ANSWER' && d.closedAt === null) ?? null;
  }

  /** §5(1): what was provided stays with the requesting and the requested unit: supervisors see the steps, not the files. */
  private async documentsFor(reader: Actor, row: AssistanceRow): Promise<EvidenceFile[]> {
    if (![row.requestingUnitCode, row.requestedUnitCode].includes(reader.unitCode)) return [];
    return this.evidence.ofOwner(EvidenceOwnerCategory.ASSISTANCE, row.id, reader);
  }

  private allowedActions(reader: Actor, row: AssistanceRow): AssistanceAction[] {
    return this.lifecycle.allowedActions(reader, lifecycleOf(row.kind), lightItem(row));
  }

  private async load(id: string, field = 'id'): Promise<AssistanceRow> {
    const row = await this.requests.findById(id);
    if (!row) throw AssistanceErrors.notFound(id, field);
    return row;
  }
}

/** The state and sides of a request (what `allowedActions` needs), and who is told of its events. */
function lightItem(row: AssistanceRow): AssistanceItem {
  return {
    id: row.id,
    state: row.state,
    row,
    sides: { SENDER: [row.requestingUnitCode], RECEIVER: [row.requestedUnitCode] },
    answerDueAt: null,
    answerWorkingDays: null,
    providedFiles: 0,
    // Supervisors (the joint-meeting office, §4(4), §6(3): refusing to assist is a fact they see) read every request's events.
    audience: [row.requestingUnitCode, row.requestedUnitCode, JOINT_MEETING_OFFICE_CODE],
  };
}

function sees(reader: Actor, row: AssistanceRow): boolean {
  return reader.roles.includes(Role.SUPERVISOR) || [row.requestingUnitCode, row.requestedUnitCode].includes(reader.unitCode);
}

function inputOf(input: AssistanceActionInput): AssistanceInput {
  return { note: input.note ?? null, attachmentIds: input.attachmentIds ?? [] };
}

function toAssistanceRequest(row: AssistanceRow, allowedActions: AssistanceAction[], ground: RefusalGroundRow | null): AssistanceRequest {
  const { refusalGroundCode: _code, createdBy: _by, ...fields } = row;
  return { ...fields, refusalGround: ground, allowedActions };
}
