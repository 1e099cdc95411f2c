import { Injectable } from '@nestjs/common';
import { NormativeDocumentsArgs } from '@hub/shared-schema';
import { beyond, dir } from '../../common/pagination/keyset-order';
import { TransactionRunner } from '../../database/transaction-runner';
import { NormativeDocumentEntity } from './normative-document.entity';

@Injectable()
export class NormativeRepository {
  constructor(private readonly tx: TransactionRunner) {}

  page(filter: NormativeDocumentsArgs, after: { date: string; id: string } | null, limit: number) {
    const q = this.tx.manager
      .getRepository(NormativeDocumentEntity)
      .createQueryBuilder('n')
      .orderBy('n.effective_from', dir(filter))
      .addOrderBy('n.id', dir(filter))
      .limit(limit);
    if (!filter.includeRevoked) q.andWhere('n.revoked_at IS NULL');
    if (filter.matterCode) q.andWhere(':matterCode = ANY(n.matter_codes)', { matterCode: filter.matterCode });
    if (filter.kind) q.andWhere('n.kind = :kind', { kind: filter.kind });
    if (filter.publisherCode) q.andWhere('n.publisher_code = :publisherCode', { publisherCode: filter.publisherCode });
    if (filter.inForceOn) {
      q.andWhere('n.effective_from <= :on AND (n.repealed_on IS NULL OR n.repealed_on > :on)', { on: filter.inForceOn });
    }
    if (after)
      q.andWhere(`(n.effective_from, n.id) ${beyond(filter)} (:afterDate, :afterId)`, { afterDate: after.date, afterId: after.id });
    return q.getMany();
  }
}
