import { ErrorCode, OtherEnforcementInfoInput, RecordCategory } from '@hub/shared-schema';
import type { ValidateFunction } from 'ajv';
import { RecordCategoryDefinition } from '../records/record-category';
import { OtherEnforcementInfoEntity } from './other-enforcement-info.entity';
import { OtherInfoKindsService } from './other-info-kinds.service';

/** §4(1)7 other enforcement information: each payload must meet the schema declared for its kind. */
export function otherInfoCategory(
  kinds: OtherInfoKindsService,
): RecordCategoryDefinition<OtherEnforcementInfoInput, OtherEnforcementInfoEntity> {
  return {
    category: RecordCategory.OTHER,
    eventPrefix: 'other-info',
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
