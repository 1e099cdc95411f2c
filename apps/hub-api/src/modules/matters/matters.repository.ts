import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { NotifiedCache } from '../../common/cache/notified-cache';
import { ChangeNotifications } from '../../database/change-notifications';
import { TransactionRunner } from '../../database/transaction-runner';
import { DevolvedMatterEntity } from './devolved-matter.entity';
import { DevolvedMatterTownshipEntity } from './devolved-matter-township.entity';
import { Clock } from '../../common/time/clock';

@Injectable()
export class MattersRepository {
  /** The catalog changes a few times a year and is read on every lookup; emptied by any change to it, in any process. */
  private readonly byCode: NotifiedCache<DevolvedMatterEntity>;

  constructor(
    private readonly tx: TransactionRunner,
    private readonly changes: ChangeNotifications,
    private readonly clock: Clock,
  ) {
    this.byCode = new NotifiedCache({ feed: changes, topic: 'matters', max: 5_000, ttlMs: 5 * 60_000 });
  }

  private get matters() {
    return this.tx.manager.getRepository(DevolvedMatterEntity);
  }

  /** Matters with their townships; from memory outside transactions (a transaction may have changed the catalog). */
  async findMany(codes: string[]): Promise<DevolvedMatterEntity[]> {
    if (!codes.length) return [];
    const load = (missing: string[]) => this.matters.find({ where: { code: In(missing) }, relations: { townships: true } });
    if (this.tx.inTransaction) return load(codes);
    const found = await this.byCode.getMany(codes, async (missing) => new Map((await load(missing)).map((m) => [m.code, m])));
    return [...found.values()];
  }

  list(): Promise<DevolvedMatterEntity[]> {
    return this.matters.find({ relations: { townships: true }, order: { code: 'ASC' } });
  }

  /** Replaces the entry and its township list in the caller's transaction. */
  async save(matter: Omit<DevolvedMatterEntity, 'createdAt' | 'updatedAt' | 'townships'>, townshipCodes: string[]): Promise<void> {
    const now = this.clock.now();
    await this.matters.upsert({ ...matter, createdAt: now, updatedAt: now }, ['code']);
    const links = this.tx.manager.getRepository(DevolvedMatterTownshipEntity);
    await links.delete({ matterCode: matter.code });
    if (townshipCodes.length) await links.insert(townshipCodes.map((townshipCode) => ({ matterCode: matter.code, townshipCode })));
    // This process's cache drops the entry on commit; other processes on PostgreSQL's notification.
    this.tx.afterCommit(() => this.changes.changedHere('matters'));
  }
}
