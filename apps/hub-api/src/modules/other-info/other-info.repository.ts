import { Injectable } from '@nestjs/common';
import { OtherEnforcementInfoArgs } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { OtherEnforcementInfoEntity } from './other-enforcement-info.entity';

@Injectable()
export class OtherInfoRepository {
  constructor(private readonly tx: TransactionRunner) {}

  page(filter: OtherEnforcementInfoArgs, afterId: string | null, limit: number) {
    const q = this.tx.manager
      .getRepository(OtherEnforcementInfoEntity)
      .createQueryBuilder('o')
      .where('o.revoked_at IS NULL')
      .orderBy('o.id', 'ASC')
      .limit(limit);
    if (filter.kindCode) q.andWhere('o.kind_code = :kindCode', { kindCode: filter.kindCode });
    if (filter.townshipCode) q.andWhere('o.township_code = :townshipCode', { townshipCode: filter.townshipCode });
    if (afterId) q.andWhere('o.id > :afterId', { afterId });
    return q.getMany();
  }
}
