import { PenaltyDecision } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { personalRecordMapper } from '../records/shared-record.mapper';
import { PENALTIES } from './penalties.category';
import { PenaltyDecisionEntity } from './penalty-decision.entity';

/** The party's ID number and phone (PENALTIES.personalFields): in full for the publishing unit and supervisors. */
const PARTY = personalRecordMapper(PENALTIES);

export function toPenaltyDecision(row: PenaltyDecisionEntity, reader: Actor): PenaltyDecision {
  return {
    ...PARTY.envelope(row, reader),
    measureKind: row.measureKind,
    decisionNumber: row.decisionNumber,
    partyName: row.partyName,
    partyUscc: row.partyUscc,
    matterCode: row.matterCode,
    facts: row.facts,
    legalBasis: row.legalBasis,
    penaltyKinds: row.penaltyKinds,
    fineAmount: row.fineAmount,
    confiscationAmount: row.confiscationAmount,
    decisionDate: row.decisionDate,
    executionStatus: row.executionStatus,
    townshipCode: row.townshipCode,
    licenceNumber: row.licenceNumber,
  };
}

/** Ids of rows shown to `reader` with personal data in full: these views are audited. */
export const fullyShownPenalties = PARTY.fullyShown;
