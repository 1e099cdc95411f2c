import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { DevolvedMatterEntity } from './devolved-matter.entity';
import { DevolvedMatterTownshipEntity } from './devolved-matter-township.entity';

@Injectable()
export class MattersRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private get matters() {
    return this.tx.manager.getRepository(DevolvedMatterEntity);
  }

  findMany(codes: string[]): Promise<DevolvedMatterEntity[]> {
    if (!codes.length) return Promise.resolve([]);
    return this.matters.find({ where: { code: In(codes) }, relations: { townships: true } });
  }

  list(): Promise<DevolvedMatterEntity[]> {
    return this.matters.find({ relations: { townships: true }, order: { code: 'ASC' } });
  }

  /** Replaces the entry and its township list in the caller's transaction. */
  async save(matter: Omit<DevolvedMatterEntity, 'createdAt' | 'updatedAt' | 'townships'>, townshipCodes: string[]): Promise<void> {
    await this.matters.upsert({ ...matter, updatedAt: new Date() }, ['code']);
    const links = this.tx.manager.getRepository(DevolvedMatterTownshipEntity);
    await links.delete({ matterCode: matter.code });
    if (townshipCodes.length) await links.insert(townshipCodes.map((townshipCode) => ({ matterCode: matter.code, townshipCode })));
  }
}
