import { Inject, Injectable } from '@nestjs/common';
import {
  AnswerComplaintInput,
  ComplaintAction,
  ComplaintActionInput,
  ComplaintDeadlinePeriod,
  ComplaintDetail,
  ComplaintOutcome,
  ComplaintRecord,
  ComplaintRecordInput,
  ComplaintRecordsArgs,
  ComplaintStatus,
  Connection,
  FileComplaintInput,
  LifecycleSide,
  RedirectComplaintInput,
  SetComplaintDeadlinesArgs,
  TransferComplaintInput,
} from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { TIMESTAMP_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { toDeadlineModel } from '../deadlines/deadline.mapper';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { toLifecycleStep } from '../lifecycle/lifecycle-step.mapper';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { CategoryPublishing } from '../records/category-publishing';
import { CategoryColumns } from '../records/record-category';
import { RecordPublisher, StoredRecord } from '../records/record-publisher.service';
import { TransferRow } from '../transfers/transfers.repository';
import { LinkedTransferEnd, TransfersService } from '../transfers/transfers.service';
import { JOINT_MEETING_OFFICE_CODE } from '../units/reference-units';
import { ComplaintRecordEntity } from './complaint-record.entity';
import { COMPLAINT_LIFECYCLE, ComplaintInput, ComplaintItem, ComplaintPeriods } from './complaint.lifecycle';
import { fullyShownComplaints, toComplaintRecord } from './complaint.mapper';
import { COMPLAINTS } from './complaints.category';
import { ComplaintErrors } from './complaints.errors';
import { ComplaintsRepository } from './complaints.repository';

/** Actions taken with a note and attachments only (and, for file and close, the penalty decision). */
export type PlainComplaintAction = Extract<ComplaintAction, 'startCheck' | 'file' | 'close'>;

type Patch = Partial<CategoryColumns<ComplaintRecordEntity>>;

/**
 * 举报投诉 (§4(1)6, §4(2) 首问负责制): the shared record of a report, complaint, appeal or petition and its
 * handling workflow. Publishing a complaint (a unit's staff or its system) registers it with its first
 * receiver as owner; every action of COMPLAINT_LIFECYCLE then changes the record as its projection (a new
 * version and change event) in the action's transaction. The reporter's identity is shown in full only to
 * the owning unit and supervisors, every full view audited (§5(1)).
 */
@Injectable()
export class ComplaintsService extends CategoryPublishing<ComplaintRecordInput, ComplaintRecordEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly complaints: ComplaintsRepository,
    private readonly personalData: PersonalDataAudit,
    private readonly lifecycle: LifecycleService,
    private readonly deadlines: DeadlinesService,
    private readonly transfers: TransfersService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {
    super(publisher, COMPLAINTS);
  }

  /** `afterField` names the cursor's argument in errors (the party profile pages under its own name). */
  async list(
    ctx: RequestContext,
    args: Partial<ComplaintRecordsArgs> & { first: number },
    afterField = 'after',
  ): Promise<Connection<ComplaintRecord>> {
    const reader = ctx.authenticatedActor;
    const cursor = decodeKeysetCursor(args.after, TIMESTAMP_KEY, afterField);
    const after = cursor && { at: cursor.value, id: cursor.id };
    const rows = await this.complaints.page(args, after, args.first + 1);
    await this.personalData.recordFullView(ctx, 'complaint.read.personalData', fullyShownComplaints(rows.slice(0, args.first), reader));
    return toConnection(
      rows,
      args.first,
      (r) => `${r.receivedAt.toISOString()}|${r.id}`,
      (r) => toComplaintRecord(r, reader),
    );
  }

  /** A complaint with its steps, deadlines and repeats; the reporter masked unless the reader owns it or supervises. */
  async detail(ctx: RequestContext, id: string): Promise<ComplaintDetail> {
    const reader = ctx.authenticatedActor;
    const row = await this.load(id);
    const [steps, deadlines, repeats] = await Promise.all([
      this.lifecycle.stepsOf(COMPLAINT_LIFECYCLE.itemType, [id]),
      this.deadlines.forItem(COMPLAINT_LIFECYCLE.itemType, id),
      this.complaints.repeatsOf(id),
    ]);
    await this.personalData.recordFullView(ctx, 'complaint.read.personalData', fullyShownComplaints([row], reader));
    return {
      ...toComplaintRecord(row, reader),
      steps: steps.map(toLifecycleStep),
      deadlines: deadlines.map(toDeadlineModel),
      overdue: deadlines.some((d) => d.overdueAt !== null),
      repeats,
      allowedActions: this.lifecycle.allowedActions(reader, COMPLAINT_LIFECYCLE, itemOf(row, NO_PERIODS)),
    };
  }

  /**
   * §4(2): complaints just published for the first time are registered with their first receiver: a
   * repeat of an earlier report is linked to it (not merged), then the workflow's first step, event and
   * deadlines. Runs in the publication's transaction (RecordPublisher.onStored).
   */
  async registered(ctx: RequestContext, stored: StoredRecord[]): Promise<void> {
    const periods = new Map<string, ComplaintPeriods>();
    for (const { id } of stored.filter((s) => s.change === 'PUBLISHED')) {
      let row = (await this.complaints.findById(id))!;
      const first = await this.firstReport(row);
      if (first) {
        await this.publisher.revise(ctx, COMPLAINTS, id, { duplicateOf: first });
        row = { ...row, duplicateOf: first };
      }
      if (!periods.has(row.channel)) periods.set(row.channel, await this.complaints.periods(row.channel));
      const item = itemOf(row, periods.get(row.channel)!);
      await this.lifecycle.created(ctx, COMPLAINT_LIFECYCLE, item, {}, LifecycleSide.OWNER);
    }
  }

  /** §4(2): start the initial check; file a case within the owner's powers; close a filed case. */
  async act(ctx: RequestContext, action: PlainComplaintAction, input: FileComplaintInput | ComplaintActionInput): Promise<ComplaintDetail> {
    const penaltyId = 'penaltyId' in input ? (input.penaltyId ?? null) : null;
    if (penaltyId && !(await this.transfers.penaltyExists(penaltyId))) throw ComplaintErrors.penaltyNotFound(penaltyId);
    const row = await this.loadLocked(input.id);
    const patches: Record<PlainComplaintAction, Patch> = {
      startCheck: {},
      file: { outcome: ComplaintOutcome.FILED, penaltyId },
      close: { closedAt: ctx.now(), penaltyId: penaltyId ?? row.penaltyId },
    };
    return this.perform(ctx, row, action, { ...inputOf(input), penaltyId }, patches[action]);
  }

  /**
   * §4(2): an outcome that answers the person, recorded with what it is not complete without: clearly not
   * our function, where the person was directed (first paragraph); no violation found after initial
   * checking, the answer given. The lifecycle's guard refuses a missing record (BAD_USER_INPUT on its field).
   */
  async conclude(
    ctx: RequestContext,
    action: keyof typeof CONCLUSIONS,
    input: ComplaintActionInput & Partial<RedirectComplaintInput & AnswerComplaintInput>,
  ): Promise<ComplaintDetail> {
    const { field, outcome } = CONCLUSIONS[action];
    const record = input[field]?.trim() ?? null;
    const row = await this.loadLocked(input.id);
    return this.perform(ctx, row, action, { ...inputOf(input), [field]: record }, { outcome, outcomeNote: record, closedAt: ctx.now() });
  }

  /**
   * §4(2), §4(3): the owner transfers the case in writing — a case transfer it drafts (TransfersService,
   * with every rule of §4(3)) linked to the complaint; the transfer's result closes the complaint.
   */
  async transfer(ctx: RequestContext, input: TransferComplaintInput): Promise<ComplaintDetail> {
    const actor = ctx.authenticatedActor;
    const row = await this.loadLocked(input.id);
    // The lifecycle's refusal (state, side) comes before anything of the transfer is checked or written.
    if (!this.lifecycle.allowedActions(actor, COMPLAINT_LIFECYCLE, itemOf(row, NO_PERIODS)).includes('transfer')) {
      await this.lifecycle.perform(ctx, COMPLAINT_LIFECYCLE, itemOf(row, NO_PERIODS), 'transfer', inputOf(input));
    }
    const transfer = await this.transfers.create(ctx, input.transfer, { complaintId: row.id });
    const handedOff = { ...row, handlingUnitCode: transfer.receiverUnitCode, transferId: transfer.id };
    return this.perform(ctx, handedOff, 'transfer', inputOf(input), {
      outcome: ComplaintOutcome.TRANSFERRED,
      transferId: transfer.id,
      handlingUnitCode: transfer.receiverUnitCode,
    });
  }

  /**
   * §4(2), §2(1): the result reported on the complaint's transfer closes it; a withdrawn transfer gives it
   * back to its owner to check again (TransfersService.onLinkedTransferEnd, in the transfer's transaction).
   */
  async transferEnded(ctx: RequestContext, transfer: TransferRow, end: LinkedTransferEnd): Promise<void> {
    const row = await this.loadLocked(transfer.complaintId!);
    if (end === 'WITHDRAWN') {
      await this.perform(
        ctx,
        row,
        'transferWithdrawn',
        { note: '移送已撤回 the transfer was withdrawn' },
        {
          outcome: null,
          transferId: null,
          handlingUnitCode: row.publisherCode,
        },
      );
      return;
    }
    // The unit reporting the result is the one handling the case now (after §4(3)3④ perhaps another).
    const handling = { ...row, handlingUnitCode: transfer.receiverUnitCode };
    await this.perform(
      ctx,
      handling,
      'transferResult',
      { note: transfer.resultSummary, penaltyId: transfer.resultPenaltyId },
      {
        closedAt: ctx.now(),
        handlingUnitCode: transfer.receiverUnitCode,
        outcomeNote: transfer.resultSummary,
        penaltyId: transfer.resultPenaltyId,
      },
    );
  }

  deadlinePeriods(): Promise<ComplaintDeadlinePeriod[]> {
    return this.complaints.allPeriods();
  }

  /**
   * Local policy, set by an administrator at run time (the mutation is audited): the periods of a channel
   * apply to complaints registered from now on; deadlines already started keep the period they started with.
   */
  setDeadlinePeriods(ctx: RequestContext, args: SetComplaintDeadlinesArgs): Promise<ComplaintDeadlinePeriod> {
    return this.complaints.setPeriods(args, ctx.authenticatedActor.name, ctx.now());
  }

  /** The action, then the record as its projection (status and the patch), both in the mutation's transaction. */
  private async perform(
    ctx: RequestContext,
    row: ComplaintRecordEntity,
    action: ComplaintAction,
    input: ComplaintInput,
    patch: Patch,
  ): Promise<ComplaintDetail> {
    const { to } = await this.lifecycle.perform(ctx, COMPLAINT_LIFECYCLE, itemOf(row, NO_PERIODS), action, input);
    await this.publisher.revise(ctx, COMPLAINTS, row.id, { ...patch, status: to });
    return this.detail(ctx, row.id);
  }

  /** §4(2) repeats: the first report of the same matter about the same party within the configured window. */
  private firstReport(row: ComplaintRecordEntity): Promise<string | null> {
    if (!row.matterCode || !(row.subjectUscc || row.subjectName)) return Promise.resolve(null);
    return this.complaints.firstReport(
      row.id,
      row.matterCode,
      { uscc: row.subjectUscc, name: row.subjectName },
      row.receivedAt,
      this.config.complaints.duplicateWindowDays,
    );
  }

  private async load(id: string): Promise<ComplaintRecordEntity> {
    const row = await this.complaints.findById(id);
    if (!row) throw ComplaintErrors.notFound(id);
    return row;
  }

  /** The complaint, read after taking its publisher's lock: a concurrent publication of it has finished by then. */
  private async loadLocked(id: string): Promise<ComplaintRecordEntity> {
    await this.publisher.lock(COMPLAINTS, (await this.load(id)).publisherCode);
    const row = await this.load(id);
    // §4(1): a withdrawn record is not handled until its publisher reinstates it.
    if (row.revokedAt) throw ComplaintErrors.withdrawn(id);
    return row;
  }
}

/** The outcomes that answer the person, and the record each needs (§4(2)). */
const CONCLUSIONS = {
  redirect: { field: 'directedTo', outcome: ComplaintOutcome.NOT_OUR_FUNCTION },
  answer: { field: 'answer', outcome: ComplaintOutcome.NO_VIOLATION },
} as const;

/** Periods matter only when a complaint is registered (its deadlines start then). */
const NO_PERIODS = { initialCheckWorkingDays: 0, answerWorkingDays: 0 };

/** The complaint as the lifecycle sees it: the owner, the unit it was transferred to, who is told of its events. */
function itemOf(row: ComplaintRecordEntity, periods: ComplaintItem['periods']): ComplaintItem {
  const transferredTo = row.status === ComplaintStatus.TRANSFERRED || row.transferId ? [row.handlingUnitCode] : [];
  return {
    id: row.id,
    state: row.status,
    row,
    periods,
    sides: { OWNER: [row.publisherCode], RECEIVER: transferredTo },
    // Supervisors (the joint-meeting office, §4(4)) read every complaint's events, as every transfer's.
    audience: [...new Set([row.publisherCode, ...transferredTo, JOINT_MEETING_OFFICE_CODE])],
  };
}

function inputOf(input: ComplaintActionInput): ComplaintInput {
  return { note: input.note ?? null, attachmentIds: input.attachmentIds ?? [] };
}
