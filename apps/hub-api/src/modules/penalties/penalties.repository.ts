import { Injectable } from '@nestjs/common';
import { PenaltyDecisionsArgs } from '@hub/shared-schema';
import { beyond, dir } from '../../common/pagination/keyset-order';
import { containsPattern } from '../../database/like-pattern';
import { TransactionRunner } from '../../database/transaction-runner';
import { PartyKey } from '../parties/party-key';
import { partyRecords, PartyRecordsAfter } from '../parties/party-records.repository';
import { PenaltyDecisionEntity } from './penalty-decision.entity';

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
    if (filter.partyNameContains) q.andWhere(`p.party_name LIKE :name ESCAPE '\\'`, { name: containsPattern(filter.partyNameContains) });
    if (filter.matterCode) q.andWhere('p.matter_code = :matterCode', { matterCode: filter.matterCode });
    if (filter.executionStatus) q.andWhere('p.execution_status = :executionStatus', { executionStatus: filter.executionStatus });
    if (filter.decidedFrom) q.andWhere('p.decision_date >= :decidedFrom', { decidedFrom: filter.decidedFrom });
    if (filter.decidedTo) q.andWhere('p.decision_date <= :decidedTo', { decidedTo: filter.decidedTo });
    if (after) {
      q.andWhere(`(p.decision_date, p.id) ${beyond(filter)} (:afterDate, :afterId)`, { afterDate: after.date, afterId: after.id });
    }
    return q.getMany();
  }

  /** A party's unrevoked penalties by USCC, ID number or name substring (the party profile). */
  forParty(party: PartyKey, limit: number, after: PartyRecordsAfter | null): Promise<PenaltyDecisionEntity[]> {
    const columns = { uscc: 'r.party_uscc', idNumber: 'r.party_id_number', name: 'r.party_name' };
    return partyRecords(this.tx.manager, { entity: PenaltyDecisionEntity, table: 'penalty_decision', columns }, party, limit, after);
  }
}
