import {
  ErrorCode,
  EXECUTION_STATUS_NAMES,
  MEASURE_KIND_NAMES,
  PenaltyDecisionInput,
  RECORD_EXPORT_HEADERS,
  RecordCategory,
  StatisticsSource,
} from '@hub/shared-schema';
import { fixedDecimal } from '../../common/decimal';
import { CategorySql, dateCell, matterDimension, townshipCell, unitDimension } from '../records/category-sql';
import { RecordCategoryDefinition } from '../records/record-category';
import { PenaltyDecisionEntity } from './penalty-decision.entity';

/** "5000" and "5000.00" are the same amount: stored and hashed with two decimals, exactly. */
const money = (amount: string) => fixedDecimal(amount, 2);

const H = RECORD_EXPORT_HEADERS.PENALTY;

/** §4(1)3 penalties in SQL: what statistics and record exports read (records/category-sql.ts). */
export const PENALTIES_SQL: CategorySql = {
  source: StatisticsSource.PENALTY,
  category: RecordCategory.PENALTY,
  table: 'penalty_decision',
  date: 'r.decision_date',
  dimensions: {
    TOWNSHIP: unitDimension('r.township_code'),
    UNIT: unitDimension('r.publisher_code'),
    MATTER: matterDimension('r.matter_code'),
    STATUS: { sql: 'r.execution_status', names: EXECUTION_STATUS_NAMES },
    KIND: { sql: 'r.measure_kind', names: MEASURE_KIND_NAMES },
  },
  measures: { FINE_TOTAL: 'sum(r.fine_amount)', CONFISCATION_TOTAL: 'sum(r.confiscation_amount)' },
  exportColumns: [
    { header: H.decisionNumber, sql: 'r.decision_number' },
    { header: H.measureKind, sql: 'r.measure_kind', names: MEASURE_KIND_NAMES },
    { header: H.partyName, sql: 'r.party_name' },
    { header: H.partyUscc, sql: 'r.party_uscc' },
    { header: H.matterCode, sql: 'r.matter_code' },
    { header: H.penaltyKinds, sql: `array_to_string(r.penalty_kinds, '、')` },
    { header: H.fineAmount, sql: 'r.fine_amount::text', kind: 'amount' },
    { header: H.confiscationAmount, sql: 'r.confiscation_amount::text', kind: 'amount' },
    { header: H.decisionDate, ...dateCell('r.decision_date') },
    { header: H.executionStatus, sql: 'r.execution_status', names: EXECUTION_STATUS_NAMES },
    { header: H.townshipCode, ...townshipCell },
    { header: H.sourceId, sql: 'r.source_id' },
  ],
};

/** §4(1)3 town penalties and compulsory measures, as the common publisher stores them. */
export const PENALTIES = {
  category: RecordCategory.PENALTY,
  eventPrefix: 'penalty',
  sql: PENALTIES_SQL,
  entity: PenaltyDecisionEntity,
  inputClass: PenaltyDecisionInput,
  // §5(1): personal information stays confidential, shown in full only to those who need it.
  personalFields: ['partyIdNumber', 'partyPhone'] as const,
  check(input, { matters, actor }) {
    const matter = matters.get(input.matterCode);
    if (!matter)
      return { code: ErrorCode.NOT_FOUND, field: 'matterCode', message: `devolved matter ${input.matterCode} is not in the catalog` };
    // §3(1): a town punishes only what the catalog devolves to it, and only while the entry is in force.
    if (input.decisionDate < matter.effectiveFrom || (matter.effectiveTo !== null && input.decisionDate > matter.effectiveTo)) {
      return {
        code: ErrorCode.FORBIDDEN,
        field: 'decisionDate',
        message: `${matter.name} was not devolved on ${input.decisionDate} (in force ${matter.effectiveFrom} to ${matter.effectiveTo ?? 'now'})`,
      };
    }
    if (!(matter.townships ?? []).some((t) => t.townshipCode === actor.unitCode)) {
      return {
        code: ErrorCode.FORBIDDEN,
        field: 'matterCode',
        message: `${matter.name} is not devolved to ${actor.unitCode}; the department keeps the power`,
      };
    }
    if (!input.partyUscc && !input.partyIdNumber) {
      return { code: ErrorCode.BAD_USER_INPUT, field: 'partyUscc', message: 'a party needs a USCC or, for a person, a resident ID number' };
    }
    return null;
  },
  toColumns: (input, { actor }) => ({
    measureKind: input.measureKind,
    decisionNumber: input.decisionNumber,
    partyName: input.partyName,
    partyUscc: input.partyUscc ?? null,
    partyIdNumber: input.partyIdNumber ?? null,
    partyPhone: input.partyPhone ?? null,
    matterCode: input.matterCode,
    facts: input.facts,
    legalBasis: input.legalBasis,
    // The same kinds in another order are the same decision: no new version for a reordering.
    penaltyKinds: [...new Set(input.penaltyKinds)].sort(),
    fineAmount: money(input.fineAmount),
    confiscationAmount: money(input.confiscationAmount),
    decisionDate: input.decisionDate,
    executionStatus: input.executionStatus,
    // §4(1)3: a town publishes its own decisions, so the township is the publisher.
    townshipCode: actor.unitCode,
    licenceNumber: input.licenceNumber?.trim() ?? null,
  }),
  eventKeys: (c) => ({ townshipCode: c.townshipCode, matterCode: c.matterCode, partyKey: c.partyUscc }),
} satisfies RecordCategoryDefinition<PenaltyDecisionInput, PenaltyDecisionEntity>;
