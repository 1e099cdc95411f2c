import {
  ErrorCode,
  LICENCE_STATUS_NAMES,
  LicenceStatus,
  LICENSING_KIND_NAMES,
  LicensingDecisionInput,
  RECORD_EXPORT_HEADERS,
  RecordCategory,
  StatisticsSource,
} from '@hub/shared-schema';
import { CategorySql, dateCell, matterDimension, SHANGHAI_TODAY, townshipCell, unitDimension } from '../records/category-sql';
import { licenceStatusSql } from './licence-status';
import { RecordCategoryDefinition } from '../records/record-category';
import { LicensingDecisionEntity, PublishedLicenceStatus } from './licensing-decision.entity';

const H = RECORD_EXPORT_HEADERS.LICENSING;

/** §4(1)2 licensing decisions in SQL: what statistics and record exports read (records/category-sql.ts). */
export const LICENSING_SQL: CategorySql = {
  source: StatisticsSource.LICENSING,
  category: RecordCategory.LICENSING,
  table: 'licensing_decision',
  date: 'r.decision_date',
  dimensions: {
    TOWNSHIP: unitDimension('r.township_code'),
    UNIT: unitDimension('r.publisher_code'),
    MATTER: matterDimension('r.matter_code'),
    // The status a reader sees (licence-status.ts): withdrawn is WITHDRAWN, a VALID licence past its validTo EXPIRED.
    STATUS: { sql: licenceStatusSql('r', SHANGHAI_TODAY), names: LICENCE_STATUS_NAMES },
    KIND: { sql: 'r.kind', names: LICENSING_KIND_NAMES },
  },
  measures: {},
  exportColumns: [
    { header: H.licenceNumber, sql: 'r.licence_number' },
    { header: H.kind, sql: 'r.kind', names: LICENSING_KIND_NAMES },
    { header: H.holderName, sql: 'r.holder_name' },
    { header: H.holderUscc, sql: 'r.holder_uscc' },
    { header: H.matterCode, sql: 'r.matter_code' },
    { header: H.scope, sql: 'r.scope' },
    { header: H.townshipCode, ...townshipCell },
    { header: H.validFrom, ...dateCell('r.valid_from') },
    { header: H.validTo, ...dateCell('r.valid_to') },
    { header: H.status, sql: licenceStatusSql('r', SHANGHAI_TODAY), names: LICENCE_STATUS_NAMES },
    { header: H.decisionDate, ...dateCell('r.decision_date') },
    { header: H.publisherCode, sql: 'r.publisher_code' },
    { header: H.sourceId, sql: 'r.source_id' },
  ],
};

/** §4(1)2 licensing decisions, as the common publisher stores them. */
export const LICENSING = {
  category: RecordCategory.LICENSING,
  eventPrefix: 'licensing',
  sql: LICENSING_SQL,
  entity: LicensingDecisionEntity,
  inputClass: LicensingDecisionInput,
  // §5(1): personal information stays confidential, shown in full only to those who need it.
  personalFields: ['holderIdNumber', 'holderPhone'] as const,
  check(input, { matters }) {
    // §4(1)2: the decisions shared are those bearing on a devolved matter of the catalog (§3(1)).
    if (!matters.has(input.matterCode)) {
      return { code: ErrorCode.NOT_FOUND, field: 'matterCode', message: `devolved matter ${input.matterCode} is not in the catalog` };
    }
    // §2(1): a town checks a party against its licence, found by USCC or, for a person, ID number.
    if (!input.holderUscc && !input.holderIdNumber) {
      return {
        code: ErrorCode.BAD_USER_INPUT,
        field: 'holderUscc',
        message: 'a holder needs a USCC or, for a person, a resident ID number',
      };
    }
    if (input.validTo && input.validTo < input.validFrom) {
      return { code: ErrorCode.BAD_USER_INPUT, field: 'validTo', message: 'must not be before validFrom' };
    }
    // §4(1)2 status: the department says VALID, SUSPENDED or REVOKED; the rest follows (licence-status.ts).
    if (input.status === LicenceStatus.EXPIRED || input.status === LicenceStatus.WITHDRAWN) {
      return {
        code: ErrorCode.BAD_USER_INPUT,
        field: 'status',
        message: `${input.status} is derived (EXPIRED from validTo, WITHDRAWN from revokeRecord); publish VALID, SUSPENDED or REVOKED`,
      };
    }
    return null;
  },
  toColumns: (input) => ({
    kind: input.kind,
    licenceNumber: input.licenceNumber,
    holderName: input.holderName,
    holderUscc: input.holderUscc ?? null,
    holderIdNumber: input.holderIdNumber ?? null,
    holderPhone: input.holderPhone ?? null,
    matterCode: input.matterCode,
    scope: input.scope ?? null,
    address: input.address ?? null,
    townshipCode: input.townshipCode ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    status: input.status as PublishedLicenceStatus,
    decisionDate: input.decisionDate,
  }),
  // Events carry the USCC as the party key, never a person's ID number.
  eventKeys: (c) => ({ townshipCode: c.townshipCode, matterCode: c.matterCode, partyKey: c.holderUscc }),
} satisfies RecordCategoryDefinition<LicensingDecisionInput, LicensingDecisionEntity>;
