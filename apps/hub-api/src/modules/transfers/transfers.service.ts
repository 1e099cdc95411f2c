import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AssignTransferInput,
  CaseTransfer,
  CaseTransferDetail,
  Connection,
  CreateTransferInput,
  CriminalReferralFlag,
  EvidenceOwnerCategory,
  EvidenceUpload,
  ExtendTransferInput,
  LifecycleSide,
  PageArgs,
  ReportTransferResultInput,
  RequestTransferMaterialUploadInput,
  TransferAction,
  TransferActionInput,
  TRANSFER_MATERIAL_KIND_NAMES,
  TRANSFER_SITUATION_NAMES,
  TransferMaterialKind,
  TransfersArgs,
  TransferState,
  UnitKind,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { RequestContext } from '../../common/context/request-context';
import { decodeKeysetCursor, TIMESTAMP_KEY, toConnection } from '../../common/pagination/cursor';
import { shanghaiToday } from '../../common/time/shanghai-date';
import { EvidenceService } from '../evidence/evidence.service';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { toDeadlineModel } from '../deadlines/deadline.mapper';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { MattersService } from '../matters/matters.service';
import { PartyKey } from '../parties/party-key';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { maskResidentId, seesAllPersonalData } from '../personal-data/personal-data';
import { TransferLetters } from '../transfer-letters/transfer-letters.service';
import { CITY_GOVERNMENT_CODE, JOINT_MEETING_OFFICE_CODE } from '../units/reference-units';
import { UnitsService } from '../units/units.service';
import { TRANSFER_LIFECYCLE, TransferInput, TransferItem } from './transfer.lifecycle';
import { toLifecycleStep } from '../lifecycle/lifecycle-step.mapper';
import { handlingUnitsOf, seesTransferInFull, toCaseTransfer, toCriminalReferralFlag } from './transfer.mapper';
import { TransferErrors } from './transfers.errors';
import { TransferRow, TransfersRepository, TransferWarningRow } from './transfers.repository';

/** Actions taken through `act` with nothing beyond a note and attachments. */
export type PlainTransferAction = Exclude<TransferAction, 'extend' | 'assign' | 'reportResult'>;

/**
 * Case transfers (案件移送, §4(3), §2) and criminal referrals (两法衔接, §4(5)): the rules of drafting a
 * transfer live here, each with its clause; every later step is an action of TRANSFER_LIFECYCLE, carried
 * out by LifecycleService with its step, audit row, event and deadlines.
 */
/** What ends a transfer made from a complaint (§4(2)): its result reported, or its withdrawal by the sender. */
export type LinkedTransferEnd = 'RESULT_REPORTED' | 'WITHDRAWN';

/** Called in the mutation's transaction when a transfer made from a complaint ends (§4(2)). */
export type LinkedTransferListener = (ctx: RequestContext, transfer: TransferRow, end: LinkedTransferEnd) => Promise<void>;

@Injectable()
export class TransfersService {
  private readonly linkedListeners: LinkedTransferListener[] = [];

  /** Lets a workflow that hands its items off by transfer (complaints, §4(2)) follow how it ends, in the same transaction. */
  onLinkedTransferEnd(listener: LinkedTransferListener): void {
    this.linkedListeners.push(listener);
  }

  constructor(
    private readonly transfers: TransfersRepository,
    private readonly lifecycle: LifecycleService,
    private readonly matters: MattersService,
    private readonly units: UnitsService,
    private readonly evidence: EvidenceService,
    private readonly personalData: PersonalDataAudit,
    private readonly letters: TransferLetters,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** `from.complaintId`: the complaint the transfer hands off (§4(2)); its result closes the complaint. */
  async create(ctx: RequestContext, input: CreateTransferInput, from: { complaintId?: string } = {}): Promise<CaseTransferDetail> {
    const actor = ctx.authenticatedActor;
    const matter = await this.matters.get(input.matterCode, 'input.matterCode');
    // §3(1), §2: the catalog says who holds the penalty power for this matter in this township.
    const handles = await this.matters.whoHandles(input.matterCode, input.townshipCode);
    const receiverCode = input.receiverUnitCode ?? handles.unit.code;
    const receiver = await this.units.getActive(receiverCode, 'input.receiverUnitCode');
    if (receiver.code === actor.unitCode) throw TransferErrors.receiverIsSender();
    // §4(5): a criminal referral goes to a judicial organ, and only a referral does.
    if (input.criminalReferral && receiver.kind !== UnitKind.JUDICIAL_ORGAN) throw TransferErrors.referralNeedsJudicialOrgan(receiver.code);
    if (!input.criminalReferral && receiver.kind === UnitKind.JUDICIAL_ORGAN) throw TransferErrors.notAJudicialOrganCase(receiver.code);
    // §4(3)2①: a case the department closed before the matter was devolved stays archived with it.
    if (input.caseClosedOn && input.caseClosedOn < matter.effectiveFrom) {
      throw TransferErrors.closedBeforeDevolution(matter.code, matter.effectiveFrom);
    }
    const party = partyKeyOf(input);
    // §4(3)3④: the receiver of a case may not transfer it onward; escalation is its only way out.
    const received = await this.transfers.receivedCase(actor.unitCode, party, input.matterCode);
    if (received) throw TransferErrors.onwardForbidden(received);
    // §4(3) preamble: whoever lacks the penalty power first stops the violation and secures the evidence.
    const holdsPower = handles.unit.code === actor.unitCode;
    if (!holdsPower && !(input.violationStopped && input.evidenceSecured)) throw TransferErrors.stopAndSecureFirst();

    const warnings: TransferWarningRow[] = [];
    // §3(1): a receiver other than the catalog's is a warning on the transfer, not a refusal.
    if (!input.criminalReferral && receiver.code !== handles.unit.code) {
      warnings.push({
        code: 'RECEIVER_NOT_IN_CATALOG',
        message: `赋权事项清单载明由${handles.unit.name}(${handles.unit.code})处理 the catalog names ${handles.unit.code}: ${handles.reason}`,
      });
    }
    const at = ctx.now();
    const row: TransferRow = {
      id: randomUUID(),
      state: TransferState.DRAFT,
      senderUnitCode: actor.unitCode,
      senderDivision: input.senderDivision ?? null,
      receiverUnitCode: receiver.code,
      originalReceiverUnitCode: null,
      cityGovernmentUnitCode: null,
      criminalReferral: input.criminalReferral,
      partyName: input.partyName.trim(),
      partyUscc: input.partyUscc ?? null,
      partyIdNumber: input.partyIdNumber ?? null,
      matterCode: input.matterCode,
      townshipCode: input.townshipCode,
      situation: input.situation,
      discoveredAt: input.discoveredAt,
      urgent: input.urgent,
      facts: input.facts,
      violationStopped: input.violationStopped,
      evidenceSecured: input.evidenceSecured,
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone,
      caseClosedOn: input.caseClosedOn ?? null,
      letterNo: null,
      letterEvidenceId: null,
      letterSha256: null,
      resultSummary: null,
      resultPenaltyId: null,
      warnings,
      createdBy: actor.name,
      createdAt: at,
      updatedAt: at,
      complaintId: from.complaintId ?? null,
      // Read with the row once its deadlines exist; a new draft's are started below.
      nextDueAt: null,
      overdue: false,
    };
    await this.transfers.insert(row);
    await this.lifecycle.created(ctx, TRANSFER_LIFECYCLE, await this.itemOf(row), {}, LifecycleSide.SENDER);
    return this.detail(ctx, row.id);
  }

  /** An action with a note and attachments only (submit, approve, reject, send, accept, decline, escalate, close, withdraw). */
  async act(ctx: RequestContext, action: PlainTransferAction, input: TransferActionInput): Promise<CaseTransferDetail> {
    const row = await this.load(input.id);
    const item = await this.itemOf(row);
    // §4(3)3④: escalation puts the city government on the item's side for its decision.
    if (action === 'escalate') item.audience = unique([...item.audience, CITY_GOVERNMENT_CODE]);
    await this.lifecycle.perform(ctx, TRANSFER_LIFECYCLE, item, action, inputOf(input));
    if (action === 'escalate') await this.transfers.setCityGovernment(row.id, CITY_GOVERNMENT_CODE);
    if (action === 'approve') await this.issueLetter(ctx, row);
    // §4(2): a complaint handed off by a withdrawn transfer is back with its owner.
    if (action === 'withdraw') await this.linkedTransferEnded(ctx, row, 'WITHDRAWN');
    return this.detail(ctx, row.id);
  }

  /** §4(3)3②: an extension of the sending deadline, announced to the receiver with its reason. */
  async extend(ctx: RequestContext, input: ExtendTransferInput): Promise<CaseTransferDetail> {
    const item = await this.itemOf(await this.load(input.id));
    await this.lifecycle.perform(ctx, TRANSFER_LIFECYCLE, item, 'extend', { ...inputOf(input), workingDays: input.workingDays });
    return this.detail(ctx, input.id);
  }

  /** §4(3)3④: the city government names the handling unit, which must then accept. */
  async assign(ctx: RequestContext, input: AssignTransferInput): Promise<CaseTransferDetail> {
    const row = await this.load(input.id);
    const unit = await this.units.getActive(input.handlingUnitCode, 'input.handlingUnitCode');
    const handlers: readonly UnitKind[] = [UnitKind.TOWN, UnitKind.SUBDISTRICT, UnitKind.DEPARTMENT, UnitKind.STATIONED_AGENCY];
    const canHandle = handlers.includes(unit.kind);
    if (!canHandle || unit.code === row.senderUnitCode) throw TransferErrors.handlingUnitInvalid(unit.code);
    const item = await this.itemOf(row);
    item.audience = unique([...item.audience, unit.code]);
    await this.lifecycle.perform(ctx, TRANSFER_LIFECYCLE, item, 'assign', { ...inputOf(input), handlingUnitCode: unit.code });
    await this.transfers.assignHandlingUnit(row.id, unit.code);
    return this.detail(ctx, row.id);
  }

  /** §2(1), §2(2): the handling unit reports the result back, with the penalty decision it published. */
  async reportResult(ctx: RequestContext, input: ReportTransferResultInput): Promise<CaseTransferDetail> {
    const row = await this.load(input.id);
    if (input.penaltyId && !(await this.penaltyExists(input.penaltyId))) throw TransferErrors.resultPenaltyNotFound(input.penaltyId);
    const item = await this.itemOf(row);
    await this.lifecycle.perform(ctx, TRANSFER_LIFECYCLE, item, 'reportResult', { ...inputOf(input), summary: input.summary });
    await this.transfers.setResult(row.id, input.summary, input.penaltyId ?? null);
    // §4(2): a complaint handed off by this transfer is closed by its result.
    await this.linkedTransferEnded(
      ctx,
      { ...row, resultSummary: input.summary, resultPenaltyId: input.penaltyId ?? null },
      'RESULT_REPORTED',
    );
    return this.detail(ctx, row.id);
  }

  /** §4(3)4: a material of the transfer, uploaded through the evidence flow (PUT, then confirmEvidenceUpload). */
  async requestMaterialUpload(ctx: RequestContext, input: RequestTransferMaterialUploadInput): Promise<EvidenceUpload> {
    const actor = ctx.authenticatedActor;
    const row = await this.load(input.transferId, 'input.transferId');
    if (row.senderUnitCode !== actor.unitCode) throw TransferErrors.notYours(row.id);
    // What the leader approves is what is sent: materials are attached while the transfer is a draft.
    if (row.state !== TransferState.DRAFT) throw TransferErrors.materialAfterDraft(row.state);
    // §4(3)4: the letter is the hub's own, issued on approval from what the leader approved.
    if (input.kind === TransferMaterialKind.LETTER) throw TransferErrors.letterIsIssued();
    const { transferId, kind, ...file } = input;
    const upload = await this.evidence.requestUpload(
      { ownerCategory: EvidenceOwnerCategory.TRANSFER, ownerId: transferId, ...file },
      actor,
    );
    await this.transfers.insertMaterial({ transferId, evidenceId: upload.evidence.id, kind, at: ctx.now() });
    return upload;
  }

  /** The transfer with its steps and materials, for the units handling it and supervisors. */
  async detail(ctx: RequestContext, id: string): Promise<CaseTransferDetail> {
    const reader = ctx.authenticatedActor;
    const row = await this.load(id);
    if (!seesTransferInFull(reader, row)) throw TransferErrors.notYours(id);
    const [steps, files, materials, deadlines] = await Promise.all([
      this.lifecycle.stepsOf(TRANSFER_LIFECYCLE.itemType, [id]),
      this.evidence.ofOwner(EvidenceOwnerCategory.TRANSFER, id, reader),
      this.transfers.materialsOf([id]),
      this.deadlines.forItem(TRANSFER_LIFECYCLE.itemType, id),
    ]);
    const kinds = new Map(materials.map((m) => [m.evidenceId, m.kind]));
    await this.personalData.recordFullView(ctx, 'transfer.read.personalData', [id]);
    return {
      ...toCaseTransfer(row, reader, this.allowedActions(reader, row)),
      steps: steps.map(toLifecycleStep),
      deadlines: deadlines.map(toDeadlineModel),
      materials: files.filter((f) => kinds.has(f.id)).map((evidence) => ({ kind: kinds.get(evidence.id)!, evidence })),
    };
  }

  async list(ctx: RequestContext, args: TransfersArgs): Promise<Connection<CaseTransfer>> {
    const reader = ctx.authenticatedActor;
    const after = decodeKeysetCursor(args.after, TIMESTAMP_KEY);
    const rows = await this.transfers.page(
      {
        unitCode: seesAllPersonalData(reader) && !args.direction ? null : reader.unitCode,
        direction: args.direction ?? null,
        state: args.state ?? null,
        townshipCode: args.townshipCode ?? null,
        matterCode: args.matterCode ?? null,
        party: args.party ?? null,
        overdue: args.overdue ?? null,
        dueBefore: args.dueBefore ?? null,
      },
      after,
      args.first + 1,
    );
    return this.shown(ctx, rows, args.first, 'transfers');
  }

  /** What needs the reader's unit's action now, most urgent first. */
  async inbox(ctx: RequestContext, args: PageArgs): Promise<CaseTransfer[]> {
    const reader = ctx.authenticatedActor;
    const rows = await this.transfers.inbox(reader.unitCode, args.first);
    return (await this.shown(ctx, rows, args.first, 'transferInbox')).nodes;
  }

  /** §4(3): a party's open transfers, for the town officer's profile (masked unless the reader handles one). */
  async openForParty(ctx: RequestContext, party: PartyKey, limit: number): Promise<CaseTransfer[]> {
    return (await this.shown(ctx, await this.transfers.openForParty(party, limit), limit, 'partyProfile')).nodes;
  }

  async flags(args: PageArgs): Promise<Connection<CriminalReferralFlag>> {
    const after = decodeKeysetCursor(args.after, TIMESTAMP_KEY);
    const rows = await this.transfers.flags(after, args.first + 1);
    return toConnection(rows, args.first, (row) => `${row.flaggedAt.toISOString()}|${row.id}`, toCriminalReferralFlag);
  }

  /** Whether a penalty decision with this id was published (a result or a filed complaint names it). */
  penaltyExists(id: string): Promise<boolean> {
    return this.transfers.penaltyExists(id);
  }

  /** The units handling a transfer (its evidence's holders); NOT_FOUND for an unknown one. */
  async holdersOf(id: string, field: string): Promise<string[]> {
    return handlingUnitsOf(await this.load(id, field));
  }

  private async shown(ctx: RequestContext, rows: TransferRow[], first: number, operation: string): Promise<Connection<CaseTransfer>> {
    const reader = ctx.authenticatedActor;
    const page = toConnection(
      rows,
      first,
      (row) => `${row.createdAt.toISOString()}|${row.id}`,
      (row) => toCaseTransfer(row, reader, this.allowedActions(reader, row)),
    );
    const full = rows.slice(0, first).filter((row) => seesTransferInFull(reader, row));
    await this.personalData.recordFullView(
      ctx,
      `${operation}.personalData`,
      full.map((row) => row.id),
    );
    return page;
  }

  /**
   * §4(3)4: on approval the hub writes the transfer letter from the approved transfer and keeps it as the
   * transfer's evidence with its SHA-256, so the letter the receiver gets is the one the leader approved.
   */
  private async issueLetter(ctx: RequestContext, row: TransferRow): Promise<void> {
    const actor = ctx.authenticatedActor;
    const at = ctx.now();
    const [sender, receiver, matter, materials, files] = await Promise.all([
      this.units.get(row.senderUnitCode),
      this.units.get(row.receiverUnitCode),
      this.matters.get(row.matterCode),
      this.transfers.materialsOf([row.id]),
      this.evidence.ofOwner(EvidenceOwnerCategory.TRANSFER, row.id, actor),
    ]);
    const kinds = new Map(materials.filter((m) => m.status === 'CONFIRMED').map((m) => [m.evidenceId, m.kind]));
    const letterNo = letterNumber(at, await this.transfers.nextLetterSerial());
    const issued = await this.letters.issue(ctx, row.id, {
      letterNo,
      senderUnitName: sender.name,
      senderDivision: row.senderDivision,
      receiverUnitName: receiver.name,
      partyName: row.partyName,
      // A letter is a file that leaves the hub's masking behind: a person's ID number goes in masked.
      partyIdentifier: row.partyUscc ?? (row.partyIdNumber ? maskResidentId(row.partyIdNumber) : row.partyName),
      matterCode: matter.code,
      matterName: matter.name,
      situationName: TRANSFER_SITUATION_NAMES[row.situation],
      discoveredAt: row.discoveredAt,
      facts: row.facts,
      violationStopped: row.violationStopped,
      evidenceSecured: row.evidenceSecured,
      materials: files
        .filter((file) => kinds.has(file.id))
        .map((file) => ({ kindName: TRANSFER_MATERIAL_KIND_NAMES[kinds.get(file.id)!], fileName: file.fileName, sha256: file.sha256 })),
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      approvedByName: actor.name,
      approvedAt: at,
      issuedAt: at,
      urgent: row.urgent,
      criminalReferral: row.criminalReferral,
    });
    await this.transfers.insertMaterial({ transferId: row.id, evidenceId: issued.evidenceId, kind: TransferMaterialKind.LETTER, at });
    await this.transfers.setLetter(row.id, { letterNo, evidenceId: issued.evidenceId, sha256: issued.sha256 });
  }

  /** §4(2): tells the workflow of the complaint a transfer was made from that the transfer ended. */
  private async linkedTransferEnded(ctx: RequestContext, row: TransferRow, end: LinkedTransferEnd): Promise<void> {
    if (!row.complaintId) return;
    for (const listener of this.linkedListeners) await listener(ctx, row, end);
  }

  private allowedActions(reader: Actor, row: TransferRow): TransferAction[] {
    return this.lifecycle.allowedActions(reader, TRANSFER_LIFECYCLE, lightItem(row));
  }

  private async load(id: string, field = 'id'): Promise<TransferRow> {
    const row = await this.transfers.findById(id);
    if (!row) throw TransferErrors.notFound(id, field);
    return row;
  }

  /** The item as the lifecycle's guards see it: confirmed materials, the open sending deadline. */
  private async itemOf(row: TransferRow): Promise<TransferItem> {
    const [materials, deadlines] = await Promise.all([
      this.transfers.materialsOf([row.id]),
      this.deadlines.forItem(TRANSFER_LIFECYCLE.itemType, row.id),
    ]);
    const kinds = new Set(materials.filter((m) => m.status === 'CONFIRMED').map((m) => m.kind));
    if (row.letterEvidenceId) kinds.add(TransferMaterialKind.LETTER);
    const send = deadlines.find((d) => d.kind === 'SEND' && d.closedAt === null);
    return { ...lightItem(row), materialKinds: kinds, sendDueAt: send?.dueAt ?? null };
  }
}

/** The state and sides of a transfer (what `allowedActions` needs), and who is told of its events. */
function lightItem(row: TransferRow): TransferItem {
  return {
    id: row.id,
    state: row.state,
    row,
    sides: {
      SENDER: [row.senderUnitCode],
      RECEIVER: [row.receiverUnitCode],
      JUDICIAL_ORGAN: row.criminalReferral ? [row.receiverUnitCode] : [],
      CITY_GOVERNMENT: row.cityGovernmentUnitCode ? [row.cityGovernmentUnitCode] : [],
    },
    materialKinds: new Set(),
    sendDueAt: null,
    // Supervisors (the joint-meeting office, §4(4)) read every transfer's events.
    audience: unique([...handlingUnitsOf(row), JOINT_MEETING_OFFICE_CODE]),
  };
}

function inputOf(input: TransferActionInput): TransferInput {
  return { note: input.note ?? null, attachmentIds: input.attachmentIds ?? [] };
}

/** The party as modules/parties names one: by USCC, else ID number, else name. */
function partyKeyOf(input: Pick<CreateTransferInput, 'partyUscc' | 'partyIdNumber' | 'partyName'>): PartyKey {
  if (input.partyUscc) return { uscc: input.partyUscc };
  if (input.partyIdNumber) return { idNumber: input.partyIdNumber };
  return { name: input.partyName.trim() };
}

/** 移交函编号: 晋江移〔year〕NNNN号, the serial unique across years (one sequence). */
function letterNumber(at: Date, serial: number): string {
  return `晋江移〔${shanghaiToday(at).slice(0, 4)}〕${String(serial).padStart(4, '0')}号`;
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
