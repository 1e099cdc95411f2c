import { InputError } from '../../common/errors/domain-error';

/** The refusals of reading the audit trail. */
export const AuditErrors = {
  badCursor: () => new InputError('after', 'is not a cursor returned by this API'),
};
