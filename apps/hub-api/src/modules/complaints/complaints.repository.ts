import { Injectable } from '@nestjs/common';
import { ComplaintRecordsArgs } from '@hub/shared-schema';
import { beyond, dir } from '../../common/pagination/keyset-order';
import { containsPattern } from '../../database/like-pattern';
import { TransactionRunner } from '../../database/transaction-runner';
import { CLOSED_STATUSES } from './complaints.category';
import { ComplaintRecordEntity } from './complaint-record.entity';

@Injectable()
export class ComplaintsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  page(filter: Partial<ComplaintRecordsArgs>, after: { at: string; id: string } | null, limit: number) {
    const q = this.tx.manager
      .getRepository(ComplaintRecordEntity)
      .createQueryBuilder('c')
      .orderBy('c.received_at', dir(filter))
      .addOrderBy('c.id', dir(filter))
      .limit(limit);
    if (!filter.includeRevoked) q.andWhere('c.revoked_at IS NULL');
    if (filter.subjectUscc) q.andWhere('c.subject_uscc = :subjectUscc', { subjectUscc: filter.subjectUscc });
    if (filter.subjectNameContains)
      q.andWhere(`c.subject_name LIKE :name ESCAPE '\\'`, { name: containsPattern(filter.subjectNameContains) });
    if (filter.handlingUnitCode) q.andWhere('c.handling_unit_code = :handlingUnitCode', { handlingUnitCode: filter.handlingUnitCode });
    if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
    if (filter.townshipCode) q.andWhere('c.township_code = :townshipCode', { townshipCode: filter.townshipCode });
    if (filter.matterCode) q.andWhere('c.matter_code = :matterCode', { matterCode: filter.matterCode });
    // Days are Shanghai days: a complaint received at 23:30 local time belongs to that date.
    if (filter.receivedFrom)
      q.andWhere(`c.received_at >= (:receivedFrom::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { receivedFrom: filter.receivedFrom });
    if (filter.receivedTo)
      q.andWhere(`c.received_at < ((:receivedTo::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`, { receivedTo: filter.receivedTo });
    if (filter.openOnly) q.andWhere('c.status NOT IN (:...closed)', { closed: CLOSED_STATUSES });
    if (after) q.andWhere(`(c.received_at, c.id) ${beyond(filter)} (:afterAt, :afterId)`, { afterAt: after.at, afterId: after.id });
    return q.getMany();
  }
}
