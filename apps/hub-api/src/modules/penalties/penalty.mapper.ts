import { PenaltyDecision } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { maskField, seesPersonalData } from '../personal-data/personal-data';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { PenaltyDecisionEntity } from './penalty-decision.entity';

export function toPenaltyDecision(row: PenaltyDecisionEntity, reader: Actor): PenaltyDecision {
  const full = seesPersonalData(reader, [row.publisherCode]);
  return {
    ...sharedRecordFields(row, !full),
    measureKind: row.measureKind,
    decisionNumber: row.decisionNumber,
    partyName: row.partyName,
    partyUscc: row.partyUscc,
    partyIdNumber: full ? row.partyIdNumber : maskField('partyIdNumber', row.partyIdNumber),
    partyPhone: full ? row.partyPhone : maskField('partyPhone', row.partyPhone),
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

export function fullyShownPenalties(rows: PenaltyDecisionEntity[], reader: Actor): string[] {
  return rows.filter((r) => (r.partyIdNumber || r.partyPhone) && seesPersonalData(reader, [r.publisherCode])).map((r) => r.id);
}
