import { UnitErrorCode } from '@hub/shared-schema';
import { ConflictError, InputError, NotFoundError } from '../../common/errors/domain-error';

/** The refusals of the unit directory (单位). */
export const UnitErrors = {
  notFound: (code: string, field: string) => new NotFoundError('unit', code, field),
  deactivated: (code: string, field: string) => new InputError(field, `unit ${code} is deactivated`, UnitErrorCode.UNIT_DEACTIVATED),
  codeTaken: (code: string) => new ConflictError(`unit ${code} exists`, 'input.code'),
};
