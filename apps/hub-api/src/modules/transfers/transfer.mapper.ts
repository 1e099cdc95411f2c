import { CaseTransfer, CriminalReferralFlag, TransferAction } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { maskPhone, maskResidentId, seesPersonalData } from '../personal-data/personal-data';
import { FlagRow, TransferRow } from './transfers.repository';

/** The units handling a transfer: they see its personal data in full and read its evidence (§5(1)). */
export function handlingUnitsOf(row: TransferRow): string[] {
  return [row.senderUnitCode, row.receiverUnitCode, row.originalReceiverUnitCode, row.cityGovernmentUnitCode].filter(
    (code): code is string => code !== null,
  );
}

/** Whether the reader sees the transfer's ID number and contact phone in full (as in the shared records). */
export function seesTransferInFull(reader: Pick<Actor, 'roles' | 'unitCode'>, row: TransferRow): boolean {
  return seesPersonalData(reader, handlingUnitsOf(row));
}

/** Whether the transfer has personal data a full view would show (what the audit row is for). */
export function hasPersonalData(row: TransferRow): boolean {
  return row.partyIdNumber !== null || row.contactPhone !== '';
}

export function toCaseTransfer(row: TransferRow, reader: Actor, allowedActions: TransferAction[]): CaseTransfer {
  const full = seesTransferInFull(reader, row);
  return {
    id: row.id,
    state: row.state,
    senderUnitCode: row.senderUnitCode,
    senderDivision: row.senderDivision,
    receiverUnitCode: row.receiverUnitCode,
    originalReceiverUnitCode: row.originalReceiverUnitCode,
    cityGovernmentUnitCode: row.cityGovernmentUnitCode,
    criminalReferral: row.criminalReferral,
    partyName: row.partyName,
    partyUscc: row.partyUscc,
    partyIdNumber: row.partyIdNumber === null ? null : full ? row.partyIdNumber : maskResidentId(row.partyIdNumber),
    matterCode: row.matterCode,
    townshipCode: row.townshipCode,
    situation: row.situation,
    discoveredAt: row.discoveredAt,
    urgent: row.urgent,
    facts: row.facts,
    violationStopped: row.violationStopped,
    evidenceSecured: row.evidenceSecured,
    contactName: row.contactName,
    contactPhone: full ? row.contactPhone : maskPhone(row.contactPhone),
    letterNo: row.letterNo,
    letterEvidenceId: row.letterEvidenceId,
    letterSha256: row.letterSha256,
    resultSummary: row.resultSummary,
    resultPenaltyId: row.resultPenaltyId,
    complaintId: row.complaintId,
    warnings: row.warnings,
    allowedActions,
    nextDueAt: row.nextDueAt,
    overdue: row.overdue,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toCriminalReferralFlag(row: FlagRow): CriminalReferralFlag {
  return { ...row };
}
