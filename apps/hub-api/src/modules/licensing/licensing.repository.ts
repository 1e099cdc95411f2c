import { Injectable } from '@nestjs/common';
import { LicenceStatus, LicensingDecisionsArgs } from '@hub/shared-schema';
import { beyond, dir } from '../../common/pagination/keyset-order';
import { entityColumns } from '../../database/entity-columns';
import { containsPattern } from '../../database/like-pattern';
import { TransactionRunner } from '../../database/transaction-runner';
import { PartyKey } from '../parties/party-key';
import { partyRecords, PartyRecordsAfter } from '../parties/party-records.repository';
import { licenceStatusCondition } from './licence-status';
import { LicensingDecisionEntity } from './licensing-decision.entity';

@Injectable()
export class LicensingRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private query() {
    return this.tx.manager.getRepository(LicensingDecisionEntity).createQueryBuilder('l');
  }

  /** Keyset page, newest decision first; `today` decides which VALID licences read as EXPIRED. */
  page(filter: LicensingDecisionsArgs, today: string, after: { date: string; id: string } | null, limit: number) {
    return this.pageQuery(filter, today, after, limit).getMany();
  }

  /** The page's query, unexecuted: the medium tests EXPLAIN exactly what production runs. */
  pageQuery(filter: Partial<LicensingDecisionsArgs>, today: string, after: { date: string; id: string } | null, limit: number) {
    const q = this.query().orderBy('l.decision_date', dir(filter)).addOrderBy('l.id', dir(filter)).limit(limit);
    // Withdrawn records are asked for by their status, or kept with includeRevoked.
    if (!filter.includeRevoked && filter.status !== LicenceStatus.WITHDRAWN) q.andWhere('l.revoked_at IS NULL');
    if (filter.publisherCode) q.andWhere('l.publisher_code = :publisherCode', { publisherCode: filter.publisherCode });
    if (filter.townshipCode) q.andWhere('l.township_code = :townshipCode', { townshipCode: filter.townshipCode });
    if (filter.holderUscc) q.andWhere('l.holder_uscc = :holderUscc', { holderUscc: filter.holderUscc });
    if (filter.holderIdNumber) q.andWhere('l.holder_id_number = :holderIdNumber', { holderIdNumber: filter.holderIdNumber });
    if (filter.holderNameContains) {
      q.andWhere(`l.holder_name LIKE :name ESCAPE '\\'`, { name: containsPattern(filter.holderNameContains) });
    }
    if (filter.matterCode) q.andWhere('l.matter_code = :matterCode', { matterCode: filter.matterCode });
    if (filter.decidedFrom) q.andWhere('l.decision_date >= :decidedFrom', { decidedFrom: filter.decidedFrom });
    if (filter.decidedTo) q.andWhere('l.decision_date <= :decidedTo', { decidedTo: filter.decidedTo });
    if (filter.status) q.andWhere(licenceStatusCondition('l', filter.status, ':today'), { today });
    if (after) {
      q.andWhere(`(l.decision_date, l.id) ${beyond(filter)} (:afterDate, :afterId)`, { afterDate: after.date, afterId: after.id });
    }
    return q;
  }

  /**
   * A party's licences for one matter (the permit check; plain SQL, see entityColumns), withdrawn ones
   * last: they cover nothing, but the officer is told they were withdrawn.
   */
  forPartyAndMatter(uscc: string, matterCode: string): Promise<LicensingDecisionEntity[]> {
    return this.tx.manager.query(
      `SELECT ${entityColumns(this.tx.manager, LicensingDecisionEntity, 'l')} FROM licensing_decision l
        WHERE l.holder_uscc = $1 AND l.matter_code = $2 ORDER BY l.revoked_at IS NOT NULL, l.valid_from DESC`,
      [uscc, matterCode],
    );
  }

  /** A page of a party's unrevoked licences by USCC, ID number or name substring (the party profile). */
  forParty(party: PartyKey, limit: number, after: PartyRecordsAfter | null): Promise<LicensingDecisionEntity[]> {
    const columns = { uscc: 'r.holder_uscc', idNumber: 'r.holder_id_number', name: 'r.holder_name' };
    return partyRecords(this.tx.manager, { entity: LicensingDecisionEntity, table: 'licensing_decision', columns }, party, limit, after);
  }
}
