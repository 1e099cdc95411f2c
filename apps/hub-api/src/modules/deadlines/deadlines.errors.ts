import { ConflictError, InputError } from '../../common/errors/domain-error';

/**
 * The refusals of deadlines (期限). A workflow checks its own rules first (an extension's reason, its
 * limit, §4(3)3②); these guard the mechanism against a caller's mistake and name the field at fault.
 */
export const DeadlineErrors = {
  invalidItemType: (itemType: string) =>
    new InputError(
      'itemType',
      `期限事项类型须为小写英文单词 must be a lower-case word of at most 40 characters (it prefixes event types), got "${itemType}"`,
    ),
  invalidItem: (itemType: string, itemId: string) =>
    new InputError('itemId', `${itemType} ${itemId}: 期限须属于一个事项并告知至少一个单位 must be a uuid, with at least one unit to tell`),
  invalidRule: (field: string) =>
    new InputError(field, '期限须为工作日数或小时数之一，且为正整数 must be exactly one of workingDays or hours, a whole number from 1'),
  alreadyOpen: (itemType: string, itemId: string, kind: string) =>
    new ConflictError(`${itemType} ${itemId} 已有进行中的 ${kind} 期限 already has an open ${kind} deadline`, 'kind'),
  notOpen: (itemType: string, itemId: string, kind: string) =>
    new ConflictError(`${itemType} ${itemId} 没有进行中的 ${kind} 期限 has no open ${kind} deadline`, 'kind'),
};
