import { Injectable } from '@nestjs/common';
import { ComplaintRecordsArgs } from '@hub/shared-schema';
import { beyond, dir } from '../../common/pagination/keyset-order';
import { TransactionRunner } from '../../database/transaction-runner';
import { CLOSED_STATUSES } from './complaints.category';
import { ComplaintRecordEntity } from './complaint-record.entity';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

@Injectable()
export class ComplaintsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  page(filter: Partial<ComplaintRecordsArgs>, after: { at: string; id: string } | null, limit: number) {
    const q = this.tx.manager.getRepository(ComplaintRecordEntity).createQueryBuilder('c')
      .orderBy('c.received_at', dir(filter)).addOrderBy('c.id', dir(filter)).limit(limit);
    if (!filter.includeRevoked) q.andWhere('c.revoked_at IS NULL');
    if (filter.subjectUscc) q.andWhere('c.subject_uscc = :subjectUscc', { subjectUscc: filter.subjectUscc });
    if (filter.subjectNameContains) q.andWhere(`c.subject_name LIKE :name ESCAPE '\\'`, { name: `%${escapeLike(filter.subjectNameContains)}%` });
    if (filter.handlingUnitCode) q.andWhere('c.handling_unit_code = :handlingUnitCode', { handlingUnitCode: filter.handlingUnitCode });
    if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
    if (filter.openOnly) q.andWhere('c.status NOT IN (:...closed)', { closed: CLOSED_STATUSES });
    if (after) q.andWhere(`(c.received_at, c.id) ${beyond(filter)} (:afterAt, :afterId)`, { afterAt: after.at, afterId: after.id });
    return q.getMany();
  }
}
