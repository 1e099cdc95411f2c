import { InputError } from '../../common/errors/domain-error';

/** The refusals of party profiles (当事人). */
export const PartyErrors = {
  oneKey: () => new InputError('uscc', 'give exactly one of uscc, idNumber or name'),
};
