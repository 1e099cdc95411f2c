import {
  ErrorCode,
  NORMATIVE_KIND_NAMES,
  NormativeDocumentInput,
  RECORD_EXPORT_HEADERS,
  RecordCategory,
  StatisticsSource,
} from '@hub/shared-schema';
import { CategorySql, dateCell, matterDimension, unitDimension } from '../records/category-sql';
import { RecordCategoryDefinition } from '../records/record-category';
import { NormativeDocumentEntity } from './normative-document.entity';

const H = RECORD_EXPORT_HEADERS.NORMATIVE;

/** §4(1)1 normative documents in SQL: what statistics and record exports read (records/category-sql.ts). */
export const NORMATIVE_SQL: CategorySql = {
  source: StatisticsSource.NORMATIVE,
  category: RecordCategory.NORMATIVE,
  table: 'normative_document',
  date: 'r.effective_from',
  dimensions: {
    UNIT: unitDimension('r.publisher_code'),
    MATTER: matterDimension('r.matter_codes[1]'),
    KIND: { sql: 'r.kind', names: NORMATIVE_KIND_NAMES },
  },
  measures: {},
  exportColumns: [
    { header: H.kind, sql: 'r.kind', names: NORMATIVE_KIND_NAMES },
    { header: H.title, sql: 'r.title' },
    { header: H.documentNumber, sql: 'r.document_number' },
    { header: H.issuingBody, sql: 'r.issuing_body' },
    { header: H.effectiveFrom, ...dateCell('r.effective_from') },
    { header: H.repealedOn, ...dateCell('r.repealed_on') },
    { header: H.matterCodes, sql: `array_to_string(r.matter_codes, '、')` },
    { header: H.publisherCode, sql: 'r.publisher_code' },
    { header: H.sourceId, sql: 'r.source_id' },
  ],
};

/** §4(1)1 normative documents; a change notifies the towns holding the matters it governs. */
export const NORMATIVE: RecordCategoryDefinition<NormativeDocumentInput, NormativeDocumentEntity> = {
  category: RecordCategory.NORMATIVE,
  eventPrefix: 'normative',
  sql: NORMATIVE_SQL,
  entity: NormativeDocumentEntity,
  inputClass: NormativeDocumentInput,
  personalFields: [],
  check(input, { matters }) {
    const unknown = input.matterCodes.find((code) => !matters.has(code));
    if (unknown) return { code: ErrorCode.NOT_FOUND, field: 'matterCodes', message: `devolved matter ${unknown} is not in the catalog` };
    if (input.repealedOn && input.repealedOn < input.effectiveFrom) {
      return { code: ErrorCode.BAD_USER_INPUT, field: 'repealedOn', message: 'must not be before effectiveFrom' };
    }
    return null;
  },
  toColumns: (input) => ({
    kind: input.kind,
    title: input.title,
    documentNumber: input.documentNumber ?? null,
    issuingBody: input.issuingBody,
    effectiveFrom: input.effectiveFrom,
    repealedOn: input.repealedOn ?? null,
    matterCodes: [...new Set(input.matterCodes)].sort(),
    attachmentRef: input.attachmentRef ?? null,
  }),
  eventKeys: (c) => ({ townshipCode: null, matterCode: c.matterCodes[0] ?? null, partyKey: null }),
  // §4(1)1: when a normative document changes, the department must notify the towns concerned.
  recipientsOf: (c, matters) => {
    const towns = new Set(c.matterCodes.flatMap((code) => (matters.get(code)?.townships ?? []).map((t) => t.townshipCode)));
    return towns.size ? [...towns].sort() : null;
  },
};
