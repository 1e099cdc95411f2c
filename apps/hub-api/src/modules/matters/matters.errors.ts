import { InputError, NotFoundError } from '../../common/errors/domain-error';

/** The refusals of the devolved-matter catalog (下放事项目录). */
export const MatterErrors = {
  notFound: (code: string, field?: string) => new NotFoundError('devolved matter', code, field),
  notADepartment: (code: string) => new InputError('input.sourceDepartmentCode', `${code} is not a city department`),
  endsBeforeStart: () => new InputError('input.effectiveTo', 'must not be before effectiveFrom'),
  importUnreadable: (format: string, error: unknown) =>
    new InputError('content', `could not be read as ${format}: ${error instanceof Error ? error.message : String(error)}`),
};
