import { Injectable } from '@nestjs/common';
import { In, LessThan, MoreThan } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionRunner } from '../../database/transaction-runner';
import { EvidenceCustodyEntity } from './evidence-custody.entity';
import { EvidenceFileEntity } from './evidence-file.entity';
import { Clock } from '../../common/time/clock';

@Injectable()
export class EvidenceRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private get files() {
    return this.tx.manager.getRepository(EvidenceFileEntity);
  }

  findById(id: string): Promise<EvidenceFileEntity | null> {
    return this.files.findOneBy({ id });
  }

  ofOwner(ownerCategory: string, ownerId: string): Promise<EvidenceFileEntity[]> {
    return this.files.find({ where: { ownerCategory, ownerId, status: In(['PENDING', 'CONFIRMED']) }, order: { createdAt: 'ASC' } });
  }

  /** A requested upload (PENDING), or a file the hub made itself, stored CONFIRMED at once. */
  async insert(
    row: Omit<EvidenceFileEntity, 'createdAt' | 'confirmedAt' | 'deletedAt' | 'uploadSwept'> &
      Partial<Pick<EvidenceFileEntity, 'confirmedAt' | 'uploadSwept'>>,
  ): Promise<void> {
    await this.files.insert({ ...row, createdAt: this.clock.now() });
  }

  /**
   * Moves a file from `from` to `to` status only if it is still in `from`; false when another call
   * (a concurrent confirm, delete or the cleanup) got there first.
   */
  async transition(
    id: string,
    from: EvidenceFileEntity['status'],
    to: 'CONFIRMED' | 'DELETED',
    patch: Partial<EvidenceFileEntity> = {},
  ): Promise<boolean> {
    const at = this.clock.now();
    const result = await this.files.update(
      { id, status: from },
      { ...patch, status: to, ...(to === 'CONFIRMED' ? { confirmedAt: at } : { deletedAt: at }) },
    );
    return result.affected === 1;
  }

  async custody(entry: Omit<EvidenceCustodyEntity, 'id' | 'occurredAt' | 'evidence'>): Promise<void> {
    // jsonb columns typed as records trip TypeORM's deep-partial type; the values are plain JSON.
    await this.tx.manager
      .getRepository(EvidenceCustodyEntity)
      .insert({ ...entry, occurredAt: this.clock.now() } as QueryDeepPartialEntity<EvidenceCustodyEntity>);
  }

  trail(evidenceId: string): Promise<EvidenceCustodyEntity[]> {
    return this.tx.manager.getRepository(EvidenceCustodyEntity).find({ where: { evidenceId }, order: { id: 'ASC' } });
  }

  /** Uploads never confirmed, requested before `before`, after `afterId` in id order. */
  stalePending(before: Date, afterId: string, limit: number): Promise<EvidenceFileEntity[]> {
    return this.files.find({
      where: { status: 'PENDING', createdAt: LessThan(before), id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** Confirmed files whose upload URL expired before `before` and whose pending key was not swept since. */
  lateUploads(before: Date, limit: number): Promise<EvidenceFileEntity[]> {
    return this.files.find({
      where: { status: 'CONFIRMED', uploadSwept: false, uploadExpiresAt: LessThan(before) },
      order: { uploadExpiresAt: 'ASC' },
      take: limit,
    });
  }

  async markUploadSwept(id: string): Promise<void> {
    await this.files.update({ id }, { uploadSwept: true });
  }

  /** Confirmed files after `afterId` in id order, a slice at a time (for verifying them all). */
  confirmedSlice(afterId: string, limit: number): Promise<EvidenceFileEntity[]> {
    return this.files.find({ where: { status: 'CONFIRMED', id: MoreThan(afterId) }, order: { id: 'ASC' }, take: limit });
  }

  unitOf(id: string): Promise<string | null> {
    return this.files.findOne({ where: { id }, select: { uploaderUnitCode: true } }).then((row) => row?.uploaderUnitCode ?? null);
  }
}
