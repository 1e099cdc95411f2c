import { LicensingDecision } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { maskField, seesPersonalData } from '../personal-data/personal-data';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { licenceStatusOn } from './licence-status';
import { LicensingDecisionEntity } from './licensing-decision.entity';

export function toLicensingDecision(row: LicensingDecisionEntity, reader: Actor, today: string): LicensingDecision {
  const full = seesPersonalData(reader, [row.publisherCode]);
  return {
    ...sharedRecordFields(row, !full),
    kind: row.kind,
    licenceNumber: row.licenceNumber,
    holderName: row.holderName,
    holderUscc: row.holderUscc,
    holderIdNumber: full ? row.holderIdNumber : maskField('holderIdNumber', row.holderIdNumber),
    holderPhone: full ? row.holderPhone : maskField('holderPhone', row.holderPhone),
    matterCode: row.matterCode,
    scope: row.scope,
    address: row.address,
    townshipCode: row.townshipCode,
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: licenceStatusOn(row, today),
    decisionDate: row.decisionDate,
  };
}

/** Ids of rows shown to `reader` with personal data in full: these views are audited. */
export function fullyShown(rows: LicensingDecisionEntity[], reader: Actor): string[] {
  return rows.filter((r) => (r.holderIdNumber || r.holderPhone) && seesPersonalData(reader, [r.publisherCode])).map((r) => r.id);
}
