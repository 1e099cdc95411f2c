import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) for one message.
 * During a secret rotation both secrets sign: the header carries both signatures, space-separated,
 * and a receiver holding either secret accepts the message.
 */
export function signedHeaders(secrets: string[], messageId: string, payload: string, at = new Date()): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, payload));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
