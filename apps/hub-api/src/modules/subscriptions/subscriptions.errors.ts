import { SubscriptionErrorCode } from '@hub/shared-schema';
import { ConflictError, InputError, NotFoundError } from '../../common/errors/domain-error';

const S = SubscriptionErrorCode;

/** The refusals of subscriptions (订阅): their delivery mode, webhook target, name and log position. */
export const SubscriptionErrors = {
  webhookUrlRequired: () => new InputError('input.webhookUrl', 'is required for WEBHOOK delivery'),
  webhookUrlOnlyForWebhooks: () => new InputError('input.webhookUrl', 'is only for WEBHOOK delivery'),
  /** `refusal` is the target policy's own explanation (not allowed host, private address …). */
  webhookTargetRefused: (refusal: string) => new InputError('input.webhookUrl', refusal),
  nameTaken: (unitCode: string, name: string) =>
    new ConflictError(`unit ${unitCode} already has a subscription named "${name}"`, 'input.name'),
  notWebhook: (field = 'id') => new InputError(field, 'is not a WEBHOOK subscription', S.SUBSCRIPTION_WRONG_DELIVERY),
  webhookTracksItsOwn: () =>
    new InputError('subscriptionId', 'is a WEBHOOK subscription: the hub tracks its deliveries', S.SUBSCRIPTION_WRONG_DELIVERY),
  beyondHead: (field: 'position' | 'after') => new InputError(field, 'is beyond the last event of the log'),
  notFound: (id: string, field: string) => new NotFoundError('subscription', id, field),
};
