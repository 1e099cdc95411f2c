import { createHmac } from 'node:crypto';

/** The signing key of a Standard Webhooks secret (`whsec_` + base64). */
function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

/**
 * Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature) for one message.
 * During a secret rotation both secrets sign: the header carries both signatures, space-separated,
 * and a receiver holding either secret accepts the message.
 *
 * Signed with node:crypto's HMAC, as the specification defines it (`v1,` + base64 HMAC-SHA256 of
 * `id.timestamp.payload`): the standardwebhooks package signs in pure JavaScript, which was a tenth
 * of the fan-out's CPU. Its verifier, which receivers use, checks these signatures in the tests.
 */
export function signedHeaders(secrets: string[], messageId: string, payload: string, at: Date): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const signatures = secrets.map(
    (secret) => `v1,${createHmac('sha256', keyOf(secret)).update(`${messageId}.${timestamp}.${payload}`).digest('base64')}`,
  );
  return {
    'webhook-id': messageId,
    'webhook-timestamp': timestamp,
    'webhook-signature': signatures.join(' '),
  };
}
