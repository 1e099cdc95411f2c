import { POLICIES } from '../../common/auth/policies';
import { InputError } from '../../common/errors/domain-error';
import { AuthErrors } from '../auth/auth.errors';

/** The refusals of supervision (督查). `at` prefixes the argument path, e.g. `input.supervision.` in an export. */
export const SupervisionErrors = {
  periodIndex: (at: string, kind: string, max: number) =>
    new InputError(`${at}period.index`, `a ${kind.toLowerCase()} is numbered 1 to ${max}`),
  periodRequired: (at: string) => new InputError(`${at}period`, 'an export of a supervision table names its period'),
  periodGiven: (at: string) => new InputError(`${at}period`, 'a saved report runs for each period just ended: leave the period empty'),
  /** §6(3): supervision data are for the supervisors (policy supervision.read), whichever operation carries them. */
  rolesOnly: (operation: string, roles: readonly string[]) => AuthErrors.roleNotAllowed(operation, roles),
};

/** Who reads supervision data, in queries, exports and saved reports alike. */
export const SUPERVISION_ROLES: readonly string[] = POLICIES['supervision.read'].roles;
