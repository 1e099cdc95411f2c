import { ErrorCode, OtherEnforcementInfoInput, RECORD_EXPORT_HEADERS, RecordCategory, StatisticsSource } from '@hub/shared-schema';
import type { ValidateFunction } from 'ajv';
import { CategorySql, matterDimension, shanghaiDate, townshipCell, unitDimension } from '../records/category-sql';
import { RecordCategoryDefinition } from '../records/record-category';
import { OtherEnforcementInfoEntity } from './other-enforcement-info.entity';
import { OtherInfoKindsService } from './other-info-kinds.service';

const H = RECORD_EXPORT_HEADERS.OTHER;

/** §4(1)7 other enforcement information in SQL: what statistics and record exports read (records/category-sql.ts). */
export const OTHER_INFO_SQL: CategorySql = {
  source: StatisticsSource.OTHER,
  category: RecordCategory.OTHER,
  table: 'other_enforcement_info',
  date: shanghaiDate('r.published_at'),
  dimensions: {
    TOWNSHIP: unitDimension('r.township_code'),
    UNIT: unitDimension('r.publisher_code'),
    MATTER: matterDimension('r.matter_code'),
    KIND: { sql: 'r.kind_code' },
  },
  measures: {},
  exportColumns: [
    { header: H.kindCode, sql: 'r.kind_code' },
    { header: H.title, sql: 'r.title' },
    { header: H.townshipCode, ...townshipCell },
    { header: H.matterCode, sql: 'r.matter_code' },
    { header: H.payload, sql: 'r.payload::text' },
    { header: H.publisherCode, sql: 'r.publisher_code' },
    { header: H.sourceId, sql: 'r.source_id' },
  ],
};

/** §4(1)7 other enforcement information: each payload must meet the schema declared for its kind. */
export function otherInfoCategory(
  kinds: OtherInfoKindsService,
): RecordCategoryDefinition<OtherEnforcementInfoInput, OtherEnforcementInfoEntity> {
  return {
    category: RecordCategory.OTHER,
    eventPrefix: 'other-info',
    sql: OTHER_INFO_SQL,
    entity: OtherEnforcementInfoEntity,
    inputClass: OtherEnforcementInfoInput,
    personalFields: [],
    prepare: () => kinds.validators(),
    check(input, { matters, prepared }) {
      const validate = (prepared as Map<string, ValidateFunction>).get(input.kindCode);
      if (!validate) return { code: ErrorCode.NOT_FOUND, field: 'kindCode', message: `kind ${input.kindCode} is not declared` };
      if (!validate(input.payload)) {
        const [error] = validate.errors ?? [];
        const path = error?.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : '';
        return {
          code: ErrorCode.BAD_USER_INPUT,
          field: path ? `payload.${path}` : 'payload',
          message: error?.message ?? 'does not meet the schema of its kind',
        };
      }
      if (input.matterCode && !matters.has(input.matterCode)) {
        return { code: ErrorCode.NOT_FOUND, field: 'matterCode', message: `devolved matter ${input.matterCode} is not in the catalog` };
      }
      return null;
    },
    toColumns: (input) => ({
      kindCode: input.kindCode,
      title: input.title,
      townshipCode: input.townshipCode ?? null,
      matterCode: input.matterCode ?? null,
      payload: input.payload,
    }),
    eventKeys: (c) => ({ townshipCode: c.townshipCode, matterCode: c.matterCode, partyKey: null }),
  };
}
