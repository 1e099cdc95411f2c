import { InputError, NotFoundError } from '../../common/errors/domain-error';

/** The refusals of surveillance devices and their readings (§4(1)5). */
export const DeviceErrors = {
  /** Unknown or revoked: a revoked device takes no readings and shows none. */
  notFound: (deviceId: string) => new NotFoundError('surveillance device', deviceId, 'deviceId'),
  windowEndsBeforeStart: () => new InputError('to', 'must be after from'),
  badCursor: () => new InputError('after', 'is not a cursor returned by this API'),
};
