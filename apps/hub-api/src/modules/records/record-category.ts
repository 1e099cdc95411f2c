import { ErrorCode, ErrorReason, RecordCategory } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-error';
import { DevolvedMatterEntity } from '../matters/devolved-matter.entity';
import { CategorySql } from './category-sql';
import { SharedRecordEntity } from './shared-record.entity';

export interface PublishContext {
  actor: Actor;
  /** Catalog entries of every matter code in the batch, fetched once. */
  matters: Map<string, DevolvedMatterEntity>;
  /** Codes of every active unit, for records that name another unit (e.g. the handling unit). */
  unitCodes: Set<string>;
  /** What the category's own `prepare` loaded for this batch (e.g. payload schemas). */
  prepared?: unknown;
}

/** The matter codes a record refers to, whether it names one (`matterCode`) or several (`matterCodes`). */
export function matterCodesOf(record: object): string[] {
  const { matterCode, matterCodes } = record as { matterCode?: unknown; matterCodes?: unknown };
  if (Array.isArray(matterCodes)) return matterCodes.filter((c): c is string => typeof c === 'string');
  return typeof matterCode === 'string' ? [matterCode] : [];
}

export interface RecordProblem {
  code: ErrorCode;
  field: string;
  message: string;
  /** The specific refusal (error-reasons.ts), when a client must tell it apart. */
  reason?: ErrorReason;
}

/** A module's named refusal as the problem of one record of a batch (its field within the record). */
export function problemOf(error: DomainError): RecordProblem {
  return { code: error.code, field: error.field ?? 'record', message: error.message, reason: error.reason };
}

export type CategoryColumns<Row extends SharedRecordEntity> = Omit<Row, keyof SharedRecordEntity | 'publisher' | 'matter' | 'township'>;

/**
 * What a shared category declares so the common publisher can store it: a new category is a
 * declaration like this plus its table, not a new code path.
 */
export interface RecordCategoryDefinition<Input extends { sourceId: string }, Row extends SharedRecordEntity> {
  category: RecordCategory;
  /** Prefix of its event types, e.g. `licensing` → `licensing.published`. */
  eventPrefix: string;
  /** Its SQL facts for statistics and record exports; none for a category that has neither (ledger entries). */
  sql?: CategorySql;
  entity: new () => Row;
  inputClass: new () => Input;
  /** The category's own columns from a valid input, normalised (same content, same hash). */
  toColumns(input: Input, context: PublishContext): CategoryColumns<Row>;
  /** Loads, once per batch, what `check` needs beyond matters and units. */
  prepare?(): Promise<unknown>;
  /** Rules beyond the input's shape (references, date order); null when the record is fine. */
  check(input: Input, context: PublishContext): RecordProblem | null;
  /** Routing keys the change event carries for subscribers. */
  eventKeys(columns: CategoryColumns<Row>): { townshipCode: string | null; matterCode: string | null; partyKey: string | null };
  /**
   * For a category whose workflow owns some columns (§4(2) complaints): the publication checked against
   * the stored row (null for a new record), answering the columns to store, the workflow's own carried
   * over, or the problem that refuses it.
   */
  reconcile?(columns: CategoryColumns<Row>, current: Row | null): { columns: CategoryColumns<Row> } | { problem: RecordProblem };
  /** Personal data fields, masked for readers without the need to see them. */
  personalFields: ReadonlyArray<keyof CategoryColumns<Row> & string>;
  /** Units that handle the record besides its publisher: they see its personal data in full. */
  handlingUnitsOf?(row: CategoryColumns<Row>): string[];
  /** Units to be told of every change whether or not they subscribed (e.g. §4(1)1 towns of a matter). */
  recipientsOf?(columns: CategoryColumns<Row>, matters: Map<string, DevolvedMatterEntity>): string[] | null;
}
