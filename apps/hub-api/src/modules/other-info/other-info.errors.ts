import { InputError } from '../../common/errors/domain-error';

/** The refusals of other enforcement information's kinds (§4(1)7). */
export const OtherInfoErrors = {
  badJsonSchema: (error: unknown) =>
    new InputError('input.jsonSchema', `is not a valid JSON Schema: ${error instanceof Error ? error.message : String(error)}`),
};
