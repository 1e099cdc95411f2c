import { IdNumberSearchErrorCode } from '@hub/shared-schema';
import { RateLimitedError } from '../../common/errors/domain-error';

/** The refusal of a search by resident ID number beyond the caller's quota (`resetsAt` says when it renews). */
export const IdNumberSearchErrors = {
  quotaExceeded: (perHour: number, field: string, resetsAt: Date) =>
    new RateLimitedError(
      `身份证号查询次数已达上限 ID-number searches are limited to ${perHour} an hour per caller; try again after ${resetsAt.toISOString()}`,
      { field, resetsAt },
      IdNumberSearchErrorCode.ID_NUMBER_SEARCH_QUOTA_EXCEEDED,
    ),
};
