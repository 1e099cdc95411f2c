import { PenaltyDecision } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { seesPersonalData } from '../personal-data/personal-data';
import { personalRecordMapper } from '../records/shared-record.mapper';
import { PenaltyDecisionEntity } from './penalty-decision.entity';

/** The party's ID number and phone: in full for the publishing unit and supervisors, masked for everyone else. */
const PARTY = personalRecordMapper(
  (row: PenaltyDecisionEntity, reader: Actor) => seesPersonalData(reader, [row.publisherCode]),
  ['partyIdNumber', 'partyPhone'],
);

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
  };
}

/** Ids of rows shown to `reader` with personal data in full: these views are audited. */
export const fullyShownPenalties = PARTY.fullyShown;
