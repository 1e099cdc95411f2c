import { Injectable } from '@nestjs/common';
import { LedgerEntriesArgs } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { LedgerEntryEntity } from './ledger-entry.entity';

@Injectable()
export class LedgersRepository {
  constructor(private readonly tx: TransactionRunner) {}

  page(filter: LedgerEntriesArgs, afterId: string | null, limit: number) {
    const q = this.tx.manager
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .where('e.revoked_at IS NULL')
      .orderBy('e.id', 'ASC')
      .limit(limit);
    if (filter.publisherCode) q.andWhere('e.publisher_code = :publisherCode', { publisherCode: filter.publisherCode });
    if (filter.indicator) q.andWhere('e.indicator = :indicator', { indicator: filter.indicator });
    if (filter.entryKind) q.andWhere('e.entry_kind = :entryKind', { entryKind: filter.entryKind });
    if (filter.from) q.andWhere('e.period_start >= :from', { from: filter.from });
    if (filter.to) q.andWhere('e.period_start <= :to', { to: filter.to });
    if (afterId) q.andWhere('e.id > :afterId', { afterId });
    return q.getMany();
  }

  /** The entries with these ids, withdrawn ones included (the reader sees that they were withdrawn). */
  byIds(ids: string[]): Promise<LedgerEntryEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.manager.getRepository(LedgerEntryEntity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany();
  }
}
