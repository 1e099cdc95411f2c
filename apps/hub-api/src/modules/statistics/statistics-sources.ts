import {
  COMPLAINT_CHANNEL_NAMES,
  COMPLAINT_STATUS_NAMES,
  DEVICE_KIND_NAMES,
  DEVICE_STATUS_NAMES,
  EXECUTION_STATUS_NAMES,
  StatisticsDimension,
  StatisticsMeasure,
  StatisticsSource,
  LICENCE_STATUS_NAMES,
  LICENSING_KIND_NAMES,
  MEASURE_KIND_NAMES,
  NORMATIVE_KIND_NAMES,
  RecordCategory,
} from '@hub/shared-schema';
import { licenceStatusSql } from '../licensing/licence-status';

/**
 * A dimension's SQL over the source row `r`, and where its readable name comes from: the unit or
 * matter tables (`label`), or, for a code of the schema's enums, that enum's table of Chinese names.
 */
export interface DimensionSql {
  sql: string;
  label?: 'unit' | 'matter';
  names?: Readonly<Record<string, string>>;
}

/**
 * What a source of statistics declares: its table, the Shanghai calendar date its periods and date
 * filters use, and the SQL of each dimension and measure it offers. A new source (case transfers,
 * assistance requests …) is a declaration like these, not a new code path.
 */
export interface StatisticsSourceDefinition {
  source: Exclude<StatisticsSource, StatisticsSource.ALL>;
  category: RecordCategory;
  table: string;
  /** A `date` in Asia/Shanghai time. */
  date: string;
  dimensions: Partial<Record<Exclude<StatisticsDimension, StatisticsDimension.CATEGORY>, DimensionSql>>;
  /** Aggregates beyond COUNT, which every source has. */
  measures: Partial<Record<Exclude<StatisticsMeasure, StatisticsMeasure.COUNT>, string>>;
}

const unit = (sql: string): DimensionSql => ({ sql, label: 'unit' });
const matter = (sql: string): DimensionSql => ({ sql, label: 'matter' });
/** Today on the Shanghai calendar, as the database reads it. */
export const SHANGHAI_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
const HANDLING_DAYS = `extract(epoch FROM r.closed_at - r.received_at) / 86400`;

export const STATISTICS_SOURCES: readonly StatisticsSourceDefinition[] = [
  {
    source: StatisticsSource.LICENSING,
    category: RecordCategory.LICENSING,
    table: 'licensing_decision',
    date: 'r.decision_date',
    dimensions: {
      TOWNSHIP: unit('r.township_code'),
      UNIT: unit('r.publisher_code'),
      MATTER: matter('r.matter_code'),
      // As the record queries read it (one rule, licence-status.ts): withdrawn is WITHDRAWN, a VALID licence past its validTo EXPIRED.
      STATUS: { sql: licenceStatusSql('r', SHANGHAI_TODAY), names: LICENCE_STATUS_NAMES },
      KIND: { sql: 'r.kind', names: LICENSING_KIND_NAMES },
    },
    measures: {},
  },
  {
    source: StatisticsSource.PENALTY,
    category: RecordCategory.PENALTY,
    table: 'penalty_decision',
    date: 'r.decision_date',
    dimensions: {
      TOWNSHIP: unit('r.township_code'),
      UNIT: unit('r.publisher_code'),
      MATTER: matter('r.matter_code'),
      STATUS: { sql: 'r.execution_status', names: EXECUTION_STATUS_NAMES },
      KIND: { sql: 'r.measure_kind', names: MEASURE_KIND_NAMES },
    },
    measures: { FINE_TOTAL: 'sum(r.fine_amount)', CONFISCATION_TOTAL: 'sum(r.confiscation_amount)' },
  },
  {
    source: StatisticsSource.COMPLAINT,
    category: RecordCategory.COMPLAINT,
    table: 'complaint_record',
    date: `(r.received_at AT TIME ZONE 'Asia/Shanghai')::date`,
    dimensions: {
      TOWNSHIP: unit('r.township_code'),
      UNIT: unit('r.publisher_code'),
      MATTER: matter('r.matter_code'),
      STATUS: { sql: 'r.status', names: COMPLAINT_STATUS_NAMES },
      CHANNEL: { sql: 'r.channel', names: COMPLAINT_CHANNEL_NAMES },
      HANDLING_UNIT: unit('r.handling_unit_code'),
    },
    // Open complaints have no closing time: the aggregates skip them.
    measures: {
      MEDIAN_HANDLING_DAYS: `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HANDLING_DAYS}))::numeric, 2)`,
      AVERAGE_HANDLING_DAYS: `round(avg(${HANDLING_DAYS})::numeric, 2)`,
    },
  },
  {
    source: StatisticsSource.NORMATIVE,
    category: RecordCategory.NORMATIVE,
    table: 'normative_document',
    date: 'r.effective_from',
    dimensions: {
      UNIT: unit('r.publisher_code'),
      MATTER: matter('r.matter_codes[1]'),
      KIND: { sql: 'r.kind', names: NORMATIVE_KIND_NAMES },
    },
    measures: {},
  },
  {
    source: StatisticsSource.DEVICE,
    category: RecordCategory.DEVICE,
    table: 'surveillance_device',
    date: `(r.published_at AT TIME ZONE 'Asia/Shanghai')::date`,
    dimensions: {
      TOWNSHIP: unit('r.township_code'),
      UNIT: unit('r.publisher_code'),
      STATUS: { sql: 'r.status', names: DEVICE_STATUS_NAMES },
      KIND: { sql: 'r.device_kind', names: DEVICE_KIND_NAMES },
    },
    measures: {},
  },
  {
    source: StatisticsSource.OTHER,
    category: RecordCategory.OTHER,
    table: 'other_enforcement_info',
    date: `(r.published_at AT TIME ZONE 'Asia/Shanghai')::date`,
    dimensions: {
      TOWNSHIP: unit('r.township_code'),
      UNIT: unit('r.publisher_code'),
      MATTER: matter('r.matter_code'),
      KIND: { sql: 'r.kind_code' },
    },
    measures: {},
  },
];
