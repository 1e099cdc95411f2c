import { SubscriptionErrors } from '../subscriptions/subscriptions.errors';

/** Webhook operations refuse what the subscription they name is not (the codes are the subscriptions'). */
export const WebhookErrors = {
  subscriptionNotFound: (id: string) => SubscriptionErrors.notFound(id, 'id'),
  notWebhook: () => SubscriptionErrors.notWebhook('id'),
};
