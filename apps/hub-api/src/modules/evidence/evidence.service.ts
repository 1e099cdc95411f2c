import { createHash, randomUUID } from 'node:crypto';
import { RequestContext } from '../../common/context/request-context';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CustodyEntry,
  EvidenceDownload,
  EvidenceFile,
  EvidenceOwnerCategory,
  EvidenceUpload,
  EvidenceVerification,
  RequestEvidenceUploadInput,
  Role,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { outcomeOf } from '../../common/errors/outcome';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { EvidenceErrors } from './evidence.errors';
import { EvidenceOwners } from './evidence-owners';
import { contentTypeAllowed } from './content-types';
import { EvidenceFileEntity } from './evidence-file.entity';
import { toCustodyEntry, toEvidenceFile } from './evidence.mapper';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceVerifier } from './evidence-verifier';
import { hashObject } from '../../object-store/object-hash';
import { OBJECT_STORE, ObjectStore } from '../../object-store/object-store';
import { ObjectLockState } from '../../object-store/object-lock-state';
import { Clock } from '../../common/time/clock';

/** Owners whose evidence stays for good once confirmed: the API never deletes it (§4(3)4). */
const PROTECTED_OWNERS: ReadonlySet<string> = new Set([
  EvidenceOwnerCategory.PENALTY,
  EvidenceOwnerCategory.COMPLAINT,
  EvidenceOwnerCategory.TRANSFER,
  EvidenceOwnerCategory.ASSISTANCE,
]);

/**
 * Owners whose files only their holders read, supervisors included in no other way (§5(1): documents
 * obtained by assistance, their secrets and personal information, stay with the requesting unit and the
 * unit that provided them; supervisors see the request's steps).
 */
const CONFIDENTIAL_OWNERS: ReadonlySet<string> = new Set([EvidenceOwnerCategory.ASSISTANCE]);

/** A file the hub made itself (a transfer letter), to be kept as evidence of its owner. */
export interface GeneratedEvidence {
  ownerCategory: EvidenceOwnerCategory;
  ownerId: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * Evidence files (§4(3)4: a case goes with its inspection records, photos and evidence): the bytes go
 * straight to the object store by presigned URL (never through the hub), and only a file whose size and
 * SHA-256 match what was declared is attached to its owner. Who may attach or read an owner's evidence
 * is declared in EvidenceOwners: for a record, who sees its personal data in full (its publisher and
 * handling units); for a transfer, its two units; and (to read) supervisors. Files the hub makes itself
 * (a transfer letter) come in through `storeGenerated` instead of an upload.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly evidence: EvidenceRepository,
    private readonly owners: EvidenceOwners,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly lock: ObjectLockState,
    private readonly clock: Clock,
  ) {}

  async requestUpload(input: RequestEvidenceUploadInput, actor: Actor): Promise<EvidenceUpload> {
    const { maxBytes, contentTypes, uploadUrlTtlSeconds } = this.config.evidence;
    if (!contentTypeAllowed(input.contentType, contentTypes)) {
      throw EvidenceErrors.typeNotAllowed(input.contentType);
    }
    if (input.size > maxBytes) throw EvidenceErrors.fileTooLarge(maxBytes);
    const holders = await this.owners.holders(input.ownerCategory, input.ownerId, 'input.ownerId');
    if (!holders.includes(actor.unitCode)) throw EvidenceErrors.notHandlingUnitToAttach(input.ownerCategory, input.ownerId);
    if (input.supersedesId) await this.checkCorrection(input.supersedesId, input);

    const id = randomUUID();
    // Uploads land beside the final key; confirmation copies them there (see confirm).
    const objectKey = `evidence/${input.ownerCategory.toLowerCase()}/${input.ownerId}/${id}.upload`;
    // Asked before anything is written: with the store down the caller gets UNAVAILABLE and no row is left.
    await this.store.ping();
    const uploadUrl = await this.store.presignPut(objectKey, uploadUrlTtlSeconds);
    const expiresAt = this.clock.after(uploadUrlTtlSeconds * 1000);
    await this.evidence.insert({
      id,
      ownerCategory: input.ownerCategory,
      ownerId: input.ownerId,
      uploaderUnitCode: actor.unitCode,
      uploadedBy: actor.name,
      fileName: input.fileName,
      contentType: input.contentType.toLowerCase(),
      size: String(input.size),
      sha256: input.sha256.toLowerCase(),
      objectKey,
      status: 'PENDING',
      supersedesId: input.supersedesId ?? null,
      uploadExpiresAt: expiresAt,
    });
    await this.evidence.custody({
      evidenceId: id,
      action: 'UPLOAD_REQUESTED',
      unitCode: actor.unitCode,
      actorName: actor.name,
      details: { size: input.size, sha256: input.sha256.toLowerCase() },
    });
    return { evidence: toEvidenceFile((await this.evidence.findById(id))!), uploadUrl, expiresAt };
  }

  /**
   * Attaches the upload only if it is exactly what was declared. The object is first copied, inside
   * the store, to its final key, for which no upload URL was ever issued, and that copy is hashed:
   * a later PUT to the upload URL cannot change confirmed evidence. A mismatch removes the object
   * and is recorded in the custody trail (outside the mutation's transaction, which the error rolls
   * back); the upload URL stays usable for a corrected upload until it expires.
   */
  async confirm(id: string, actor: Actor): Promise<EvidenceFile> {
    const file = await this.load(id);
    if (file.status !== 'PENDING') throw EvidenceErrors.notPending(id, file.status);
    const finalKey = file.objectKey.replace(/\.upload$/, '');
    const uploaded = await this.store.size(file.objectKey);
    // A confirmation cut off by a store failure after it removed the upload (its transaction rolled
    // back) left the copy under the final key, which only the hub writes: that copy is checked instead.
    const copied = uploaded === null ? await this.store.size(finalKey) : null;
    if (uploaded === null && copied === null) throw EvidenceErrors.notUploaded();
    const present = uploaded ?? copied;
    if (present !== Number(file.size)) {
      await this.reject(file, actor, `the uploaded object has ${present} bytes, ${file.size} were declared`, [
        uploaded === null ? finalKey : file.objectKey,
      ]);
    }
    const copy = uploaded !== null ? await this.store.copy(file.objectKey, finalKey) : { versionId: null };
    const found = await hashObject(this.store, finalKey);
    if (!found || found.size !== Number(file.size) || found.sha256 !== file.sha256) {
      await this.reject(file, actor, `the uploaded object's SHA-256 is ${found?.sha256 ?? 'unreadable'}, ${file.sha256} was declared`, [
        file.objectKey,
        finalKey,
      ]);
    }
    // Locked only once verified: a rejected copy stays removable.
    if (await this.lock.enabled())
      await this.store.retain(finalKey, this.clock.after(this.config.evidence.retentionDays * 86_400_000), copy.versionId);
    if (!(await this.evidence.transition(id, 'PENDING', 'CONFIRMED', { objectKey: finalKey }))) {
      throw EvidenceErrors.changedWhileConfirming(id);
    }
    if (uploaded !== null) await this.store.remove(file.objectKey);
    await this.evidence.custody({
      evidenceId: id,
      action: 'CONFIRMED',
      unitCode: actor.unitCode,
      actorName: actor.name,
      details: { sha256: found!.sha256, size: found!.size },
    });
    if (file.supersedesId) {
      await this.evidence.custody({
        evidenceId: file.supersedesId,
        action: 'CORRECTED',
        unitCode: actor.unitCode,
        actorName: actor.name,
        details: { correctedBy: id },
      });
    }
    return toEvidenceFile((await this.evidence.findById(id))!);
  }

  private async reject(file: EvidenceFileEntity, actor: Actor, problem: string, keys: string[]): Promise<never> {
    for (const key of keys) await this.store.remove(key);
    await this.tx.outside(() =>
      this.evidence.custody({
        evidenceId: file.id,
        action: 'UPLOAD_REJECTED',
        unitCode: actor.unitCode,
        actorName: actor.name,
        details: { reason: problem },
      }),
    );
    throw EvidenceErrors.uploadMismatch(problem);
  }

  /**
   * Stores a file the hub made (§4(3)4: the transfer letter the leader approved) as confirmed evidence,
   * in the caller's transaction: the bytes are written once under their final key (no upload URL is ever
   * issued for it, so nothing but the hub wrote them), the row is CONFIRMED with the size and SHA-256 of
   * exactly those bytes, and the custody trail and the audit chain say who generated it. The caller
   * decides that the actor may (the transfer's sending unit, on approval); the actor's unit is the
   * uploader. If the transaction rolls back the object stays, unreferenced: no row, no link points to it.
   */
  async storeGenerated(ctx: RequestContext, file: GeneratedEvidence): Promise<EvidenceFile> {
    const actor = ctx.authenticatedActor;
    const id = randomUUID();
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const size = file.bytes.length;
    const objectKey = `evidence/${file.ownerCategory.toLowerCase()}/${file.ownerId}/${id}`;
    const { versionId } = await this.store.putObject(objectKey, file.bytes, file.contentType);
    await this.evidence.insert({
      id,
      ownerCategory: file.ownerCategory,
      ownerId: file.ownerId,
      uploaderUnitCode: actor.unitCode,
      uploadedBy: actor.name,
      fileName: file.fileName,
      contentType: file.contentType,
      size: String(size),
      sha256,
      objectKey,
      status: 'CONFIRMED',
      confirmedAt: ctx.now(),
      supersedesId: null,
      // No upload URL exists for it: nothing pending to sweep.
      uploadExpiresAt: ctx.now(),
      uploadSwept: true,
    });
    for (const action of ['GENERATED', 'CONFIRMED']) {
      await this.evidence.custody({ evidenceId: id, action, unitCode: actor.unitCode, actorName: actor.name, details: { size, sha256 } });
    }
    if (await this.lock.enabled()) {
      await this.store.retain(objectKey, this.clock.after(this.config.evidence.retentionDays * 86_400_000), versionId);
    }
    await this.audit.record(ctx, {
      operation: 'evidence.generate',
      target: id,
      outcome: 'OK',
      details: { owner: `${file.ownerCategory}:${file.ownerId}`, fileName: file.fileName, size, sha256 },
    });
    return toEvidenceFile((await this.evidence.findById(id))!);
  }

  /**
   * Every link issued is audited and in the custody trail; so is every refusal (with its code), and a
   * refusal issues nothing. Presigning is local, so the store is asked first: while it is down the
   * caller gets UNAVAILABLE rather than a link that cannot work, and no row claims one was issued.
   */
  async downloadUrl(ctx: RequestContext, id: string): Promise<EvidenceDownload> {
    try {
      return await this.issueDownloadUrl(ctx, id);
    } catch (error) {
      // A query has no interceptor auditing its refusals; this one is audited like the links it issues.
      await this.audit
        .record(ctx, { operation: 'evidence.downloadUrl', target: id, outcome: outcomeOf(error) })
        .catch((auditError: unknown) => this.logger.error({ err: auditError }, 'could not audit a refused evidence download URL'));
      throw error;
    }
  }

  private async issueDownloadUrl(ctx: RequestContext, id: string): Promise<EvidenceDownload> {
    const reader = ctx.authenticatedActor;
    const file = await this.readable(id, reader);
    if (file.status !== 'CONFIRMED') throw EvidenceErrors.notConfirmedToDownload(id, file.status);
    const ttl = this.config.evidence.downloadUrlTtlSeconds;
    await this.store.ping();
    const url = await this.store.presignGet(file.objectKey, ttl, file.fileName, file.contentType);
    const expiresAt = new Date(ctx.now().getTime() + ttl * 1000);
    await this.evidence.custody({
      evidenceId: id,
      action: 'DOWNLOAD_URL_ISSUED',
      unitCode: reader.unitCode,
      actorName: reader.name,
      details: { expiresAt },
    });
    await this.audit.record(ctx, {
      operation: 'evidence.downloadUrl',
      target: id,
      outcome: 'OK',
      details: { owner: `${file.ownerCategory}:${file.ownerId}`, expiresAt },
    });
    return { url, expiresAt, sha256: file.sha256 };
  }

  /** Re-hashes the stored bytes (e.g. the receiver of a transfer, on receipt) and records the result. */
  async verify(id: string, reader: Actor): Promise<EvidenceVerification> {
    const file = await this.readable(id, reader);
    if (file.status !== 'CONFIRMED') throw EvidenceErrors.notConfirmedToVerify(id, file.status);
    return new EvidenceVerifier(this.store, this.evidence).verify(file, { unitCode: reader.unitCode, actorName: reader.name });
  }

  async ofOwner(ownerCategory: EvidenceOwnerCategory, ownerId: string, reader: Actor): Promise<EvidenceFile[]> {
    await this.checkReader(ownerCategory, ownerId, reader, 'ownerId');
    return (await this.evidence.ofOwner(ownerCategory, ownerId)).map(toEvidenceFile);
  }

  async trail(id: string, reader: Actor): Promise<CustodyEntry[]> {
    await this.readable(id, reader);
    return (await this.evidence.trail(id)).map(toCustodyEntry);
  }

  /**
   * Withdraws a file. Never for confirmed evidence of a penalty, a complaint or a transfer (a wrong
   * file is corrected by a new one that supersedes it), and never while the store holds the object
   * under retention.
   */
  async remove(id: string, actor: Actor): Promise<EvidenceFile> {
    const file = await this.load(id);
    if (file.status === 'DELETED') throw EvidenceErrors.alreadyDeleted(id);
    if (file.status === 'CONFIRMED' && PROTECTED_OWNERS.has(file.ownerCategory)) {
      throw EvidenceErrors.keptForGood(file.ownerCategory);
    }
    if (file.status === 'CONFIRMED' && (await this.lock.enabled())) throw EvidenceErrors.underRetention();
    // Marked first, removed after: a concurrent confirm then fails instead of confirming nothing.
    if (!(await this.evidence.transition(id, file.status, 'DELETED'))) throw EvidenceErrors.changedMeanwhile(id);
    await this.store.remove(file.objectKey);
    await this.evidence.custody({ evidenceId: id, action: 'DELETED', unitCode: actor.unitCode, actorName: actor.name, details: null });
    return toEvidenceFile((await this.evidence.findById(id))!);
  }

  private async checkCorrection(supersedesId: string, input: RequestEvidenceUploadInput): Promise<void> {
    const old = await this.evidence.findById(supersedesId);
    if (!old || old.status !== 'CONFIRMED') throw EvidenceErrors.correctionNotConfirmed();
    if (old.ownerCategory !== String(input.ownerCategory) || old.ownerId !== input.ownerId) {
      throw EvidenceErrors.correctionOfOtherRecord();
    }
  }

  private async load(id: string): Promise<EvidenceFileEntity> {
    const file = await this.evidence.findById(id);
    if (!file) throw EvidenceErrors.notFound(id);
    return file;
  }

  private async readable(id: string, reader: Actor): Promise<EvidenceFileEntity> {
    const file = await this.load(id);
    await this.checkReader(file.ownerCategory as EvidenceOwnerCategory, file.ownerId, reader, 'id');
    return file;
  }

  /** An owner's evidence is for the units holding it (EvidenceOwners), and for supervisors unless it is confidential. */
  private async checkReader(ownerCategory: EvidenceOwnerCategory, ownerId: string, reader: Actor, field: string): Promise<void> {
    const holders = await this.owners.holders(ownerCategory, ownerId, field);
    const supervises = reader.roles.includes(Role.SUPERVISOR) && !CONFIDENTIAL_OWNERS.has(ownerCategory);
    if (!supervises && !holders.includes(reader.unitCode)) {
      throw EvidenceErrors.notHandlingUnitToRead(ownerCategory, ownerId);
    }
  }
}
