import { LicensingDecision } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { personalRecordMapper } from '../records/shared-record.mapper';
import { licenceStatusOn } from './licence-status';
import { LICENSING } from './licensing.category';
import { LicensingDecisionEntity } from './licensing-decision.entity';

/** The holder's ID number and phone (LICENSING.personalFields): in full for the publishing unit and supervisors. */
const HOLDER = personalRecordMapper(LICENSING);

export function toLicensingDecision(row: LicensingDecisionEntity, reader: Actor, today: string): LicensingDecision {
  return {
    ...HOLDER.envelope(row, reader),
    kind: row.kind,
    licenceNumber: row.licenceNumber,
    holderName: row.holderName,
    holderUscc: row.holderUscc,
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
export const fullyShown = HOLDER.fullyShown;
