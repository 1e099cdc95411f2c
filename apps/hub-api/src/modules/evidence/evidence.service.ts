import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CustodyEntry,
  EvidenceDownload,
  EvidenceFile,
  EvidenceUpload,
  EvidenceVerification,
  RecordCategory,
  RequestEvidenceUploadInput,
  Role,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../common/errors/domain-error';
import { outcomeOf } from '../../common/errors/outcome';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { RecordsService } from '../records/records.service';
import { contentTypeAllowed } from './content-types';
import { EvidenceFileEntity } from './evidence-file.entity';
import { toCustodyEntry, toEvidenceFile } from './evidence.mapper';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceVerifier } from './evidence-verifier';
import { hashObject } from '../../object-store/object-hash';
import { OBJECT_STORE, ObjectStore } from '../../object-store/object-store';
import { ObjectLockState } from '../../object-store/object-lock-state';

/** Owners whose evidence stays for good once confirmed: the API never deletes it (§4(3)4). */
const PROTECTED_OWNERS: ReadonlySet<string> = new Set([RecordCategory.PENALTY, RecordCategory.COMPLAINT]);

/**
 * Evidence files (§4(3)4: a case goes with its inspection records, photos and evidence): the bytes go
 * straight to the object store by presigned URL (never through the hub), and only a file whose size and
 * SHA-256 match what was declared is attached to its owner. Who may attach or read a record's evidence is
 * who sees its personal data in full: its publisher and handling units, and (to read) supervisors.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly evidence: EvidenceRepository,
    private readonly records: RecordsService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly lock: ObjectLockState,
  ) {}

  async requestUpload(input: RequestEvidenceUploadInput, actor: Actor): Promise<EvidenceUpload> {
    const { maxBytes, contentTypes, uploadUrlTtlSeconds } = this.config.evidence;
    if (!contentTypeAllowed(input.contentType, contentTypes)) {
      throw new InputError(
        'input.contentType',
        `${input.contentType} is not an allowed evidence type (images, PDF, office documents, audio, video)`,
      );
    }
    if (input.size > maxBytes) throw new InputError('input.size', `must be at most ${maxBytes} bytes`);
    const holders = await this.records.privilegedUnits(input.ownerCategory, input.ownerId, 'input.ownerId');
    if (!holders.includes(actor.unitCode))
      throw new ForbiddenError(`only the units handling ${input.ownerCategory.toLowerCase()} ${input.ownerId} attach evidence to it`);
    if (input.supersedesId) await this.checkCorrection(input.supersedesId, input);

    const id = randomUUID();
    // Uploads land beside the final key; confirmation copies them there (see confirm).
    const objectKey = `evidence/${input.ownerCategory.toLowerCase()}/${input.ownerId}/${id}.upload`;
    // Asked before anything is written: with the store down the caller gets UNAVAILABLE and no row is left.
    await this.store.ping();
    const uploadUrl = await this.store.presignPut(objectKey, uploadUrlTtlSeconds);
    const expiresAt = new Date(Date.now() + uploadUrlTtlSeconds * 1000);
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
    if (file.status !== 'PENDING')
      throw new ConflictError(`evidence ${id} is ${file.status.toLowerCase()}, not waiting for confirmation`, 'id');
    const finalKey = file.objectKey.replace(/\.upload$/, '');
    const uploaded = await this.store.size(file.objectKey);
    // A confirmation cut off by a store failure after it removed the upload (its transaction rolled
    // back) left the copy under the final key, which only the hub writes: that copy is checked instead.
    const copied = uploaded === null ? await this.store.size(finalKey) : null;
    if (uploaded === null && copied === null)
      throw new InputError('id', 'nothing was uploaded for this evidence yet: PUT the file to its upload URL first');
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
      await this.store.retain(finalKey, new Date(Date.now() + this.config.evidence.retentionDays * 86_400_000), copy.versionId);
    if (!(await this.evidence.transition(id, 'PENDING', 'CONFIRMED', { objectKey: finalKey }))) {
      throw new ConflictError(`evidence ${id} changed while it was being confirmed`, 'id');
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
    throw new InputError('id', `${problem}: the object was removed; upload the right file again`);
  }

  /**
   * Every link issued is audited and in the custody trail; so is every refusal (with its code), and a
   * refusal issues nothing. Presigning is local, so the store is asked first: while it is down the
   * caller gets UNAVAILABLE rather than a link that cannot work, and no row claims one was issued.
   */
  async downloadUrl(id: string, reader: Actor, requestId: string | null): Promise<EvidenceDownload> {
    try {
      return await this.issueDownloadUrl(id, reader, requestId);
    } catch (error) {
      // A query has no interceptor auditing its refusals; this one is audited like the links it issues.
      await this.audit
        .record({ actor: reader, operation: 'evidence.downloadUrl', target: id, outcome: outcomeOf(error), requestId })
        .catch((auditError: unknown) => this.logger.error({ err: auditError }, 'could not audit a refused evidence download URL'));
      throw error;
    }
  }

  private async issueDownloadUrl(id: string, reader: Actor, requestId: string | null): Promise<EvidenceDownload> {
    const file = await this.readable(id, reader);
    if (file.status !== 'CONFIRMED')
      throw new ConflictError(`evidence ${id} is ${file.status.toLowerCase()}: only confirmed files can be downloaded`, 'id');
    const ttl = this.config.evidence.downloadUrlTtlSeconds;
    await this.store.ping();
    const url = await this.store.presignGet(file.objectKey, ttl, file.fileName, file.contentType);
    const expiresAt = new Date(Date.now() + ttl * 1000);
    await this.evidence.custody({
      evidenceId: id,
      action: 'DOWNLOAD_URL_ISSUED',
      unitCode: reader.unitCode,
      actorName: reader.name,
      details: { expiresAt },
    });
    await this.audit.record({
      actor: reader,
      operation: 'evidence.downloadUrl',
      target: id,
      outcome: 'OK',
      requestId,
      details: { owner: `${file.ownerCategory}:${file.ownerId}`, expiresAt },
    });
    return { url, expiresAt, sha256: file.sha256 };
  }

  /** Re-hashes the stored bytes (e.g. the receiver of a transfer, on receipt) and records the result. */
  async verify(id: string, reader: Actor): Promise<EvidenceVerification> {
    const file = await this.readable(id, reader);
    if (file.status !== 'CONFIRMED')
      throw new ConflictError(`evidence ${id} is ${file.status.toLowerCase()}: only confirmed files can be verified`, 'id');
    return new EvidenceVerifier(this.store, this.evidence).verify(file, { unitCode: reader.unitCode, actorName: reader.name });
  }

  async ofOwner(ownerCategory: RecordCategory, ownerId: string, reader: Actor): Promise<EvidenceFile[]> {
    await this.checkReader(ownerCategory, ownerId, reader, 'ownerId');
    return (await this.evidence.ofOwner(ownerCategory, ownerId)).map(toEvidenceFile);
  }

  async trail(id: string, reader: Actor): Promise<CustodyEntry[]> {
    await this.readable(id, reader);
    return (await this.evidence.trail(id)).map(toCustodyEntry);
  }

  /**
   * Withdraws a file. Never for confirmed evidence of a penalty or a complaint (nor, later, a
   * transfer), and never while the store holds the object under retention.
   */
  async remove(id: string, actor: Actor): Promise<EvidenceFile> {
    const file = await this.load(id);
    if (file.status === 'DELETED') throw new ConflictError(`evidence ${id} is already deleted`, 'id');
    if (file.status === 'CONFIRMED' && PROTECTED_OWNERS.has(file.ownerCategory)) {
      throw new ConflictError(`evidence of a ${file.ownerCategory.toLowerCase()} is kept for good and cannot be deleted`, 'id');
    }
    if (file.status === 'CONFIRMED' && (await this.lock.enabled()))
      throw new ConflictError('the evidence store keeps confirmed files under retention', 'id');
    // Marked first, removed after: a concurrent confirm then fails instead of confirming nothing.
    if (!(await this.evidence.transition(id, file.status, 'DELETED')))
      throw new ConflictError(`evidence ${id} changed meanwhile; look again`, 'id');
    await this.store.remove(file.objectKey);
    await this.evidence.custody({ evidenceId: id, action: 'DELETED', unitCode: actor.unitCode, actorName: actor.name, details: null });
    return toEvidenceFile((await this.evidence.findById(id))!);
  }

  private async checkCorrection(supersedesId: string, input: RequestEvidenceUploadInput): Promise<void> {
    const old = await this.evidence.findById(supersedesId);
    if (!old || old.status !== 'CONFIRMED') throw new InputError('input.supersedesId', 'must be a confirmed evidence file');
    if (old.ownerCategory !== String(input.ownerCategory) || old.ownerId !== input.ownerId) {
      throw new InputError('input.supersedesId', 'must be evidence of the same record');
    }
  }

  private async load(id: string): Promise<EvidenceFileEntity> {
    const file = await this.evidence.findById(id);
    if (!file) throw new NotFoundError('evidence', id, 'id');
    return file;
  }

  private async readable(id: string, reader: Actor): Promise<EvidenceFileEntity> {
    const file = await this.load(id);
    await this.checkReader(file.ownerCategory as RecordCategory, file.ownerId, reader, 'id');
    return file;
  }

  /** A record's evidence is for its publisher and handling units, and for supervisors. */
  private async checkReader(ownerCategory: RecordCategory, ownerId: string, reader: Actor, field: string): Promise<void> {
    const holders = await this.records.privilegedUnits(ownerCategory, ownerId, field);
    if (!reader.roles.includes(Role.SUPERVISOR) && !holders.includes(reader.unitCode)) {
      throw new ForbiddenError(`the evidence of ${ownerCategory.toLowerCase()} ${ownerId} is for the units handling it`);
    }
  }
}
