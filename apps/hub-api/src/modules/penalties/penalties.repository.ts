import { Injectable } from '@nestjs/common';
import { PenaltyDecisionsArgs } from '@hub/shared-schema';
import { beyond, dir } from '../../common/pagination/keyset-order';
import { TransactionRunner } from '../../database/transaction-runner';
import { PenaltyDecisionEntity } from './penalty-decision.entity';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

@Injectable()
export class PenaltiesRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private query() {
    return this.tx.manager.getRepository(PenaltyDecisionEntity).createQueryBuilder('p');
  }

  page(filter: PenaltyDecisionsArgs, after: { date: string; id: string } | null, limit: number) {
    const q = this.query().orderBy('p.decision_date', dir(filter)).addOrderBy('p.id', dir(filter)).limit(limit);
    if (!filter.includeRevoked) q.andWhere('p.revoked_at IS NULL');
    if (filter.townshipCode) q.andWhere('p.township_code = :townshipCode', { townshipCode: filter.townshipCode });
    if (filter.partyUscc) q.andWhere('p.party_uscc = :partyUscc', { partyUscc: filter.partyUscc });
    if (filter.partyIdNumber) q.andWhere('p.party_id_number = :partyIdNumber', { partyIdNumber: filter.partyIdNumber });
    if (filter.partyNameContains) q.andWhere(`p.party_name LIKE :name ESCAPE '\\'`, { name: `%${escapeLike(filter.partyNameContains)}%` });
    if (filter.matterCode) q.andWhere('p.matter_code = :matterCode', { matterCode: filter.matterCode });
    if (filter.executionStatus) q.andWhere('p.execution_status = :executionStatus', { executionStatus: filter.executionStatus });
    if (filter.decidedFrom) q.andWhere('p.decision_date >= :decidedFrom', { decidedFrom: filter.decidedFrom });
    if (filter.decidedTo) q.andWhere('p.decision_date <= :decidedTo', { decidedTo: filter.decidedTo });
    if (after) {
      q.andWhere(`(p.decision_date, p.id) ${beyond(filter)} (:afterDate, :afterId)`, { afterDate: after.date, afterId: after.id });
    }
    return q.getMany();
  }

  forParty(party: { uscc?: string; idNumber?: string; name?: string }, limit: number): Promise<PenaltyDecisionEntity[]> {
    const q = this.query().where('p.revoked_at IS NULL').orderBy('p.decision_date', 'DESC').limit(limit);
    if (party.uscc) q.andWhere('p.party_uscc = :uscc', { uscc: party.uscc });
    if (party.idNumber) q.andWhere('p.party_id_number = :idNumber', { idNumber: party.idNumber });
    if (party.name) q.andWhere(`p.party_name LIKE :name ESCAPE '\\'`, { name: `%${escapeLike(party.name)}%` });
    return q.getMany();
  }
}
