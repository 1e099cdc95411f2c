import { ErrorCode, SharingGapErrorCode } from '@hub/shared-schema';
import { ConflictError, DomainError } from '../../common/errors/domain-error';

const E = SharingGapErrorCode;

/** The refusals of the sharing gaps (共享缺失): family in `extensions.code`, the case in `extensions.reason`. */
export const SharingGapErrors = {
  unknown: (gapId: string) =>
    new DomainError(
      ErrorCode.NOT_FOUND,
      `共享缺失不存在 no sharing gap ${gapId} is open now: take the id from sharingGaps (a gap that mended itself is gone)`,
      'input.gapId',
      undefined,
      E.SHARING_GAP_UNKNOWN,
    ),
  alreadyExplained: (gapId: string, explainedBy: string) =>
    new ConflictError(
      `已说明 sharing gap ${gapId} was already explained by ${explainedBy}`,
      'input.gapId',
      E.SHARING_GAP_ALREADY_EXPLAINED,
    ),
};
