/** Hub settings for tests of delivery: the worker polls often and retries fast, so retries and limits are reached in a test's time. */
export const FAST_DELIVERY = {
  DELIVERY_POLL_MS: '20',
  WEBHOOK_RETRY_BASE_MS: '20',
  WEBHOOK_RETRY_MAX_MS: '100',
  WEBHOOK_MAX_ATTEMPTS: '50',
};
