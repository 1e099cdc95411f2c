import { lookup as dnsLookup, LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { buildConnector } from 'undici';
import { WebhookTargetPolicy } from '../subscriptions/webhook-target-policy';

/** A connection the policy stopped before it was made: the target never saw a byte. */
export class WebhookTargetRefused extends Error {
  override readonly name = 'WebhookTargetRefused';
  constructor(readonly host: string) {
    super(`webhook target ${host} refused by the target policy`);
  }
}

/**
 * A name resolves once, here, and the socket goes to the addresses that were checked: a resolver that
 * answers a public address to the save and 127.0.0.1 to the delivery (DNS rebinding) meets the check
 * on what the connection would really use. Any refused address refuses the whole answer.
 */
function guardedLookup(policy: WebhookTargetPolicy): LookupFunction {
  return (
    hostname: string,
    options: LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, []);
      if (!addresses.length || addresses.some((a) => !policy.allowsAddress(a.address)))
        return callback(new WebhookTargetRefused(hostname), []);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * undici's connector with the target policy in front: literal addresses are checked here (the
 * resolver is not asked about them), names in the lookup.
 */
export function guardedConnector(policy: WebhookTargetPolicy, timeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: timeoutMs, lookup: guardedLookup(policy) });
  return (options, callback) => {
    if (isIP(options.hostname) && !policy.allowsAddress(options.hostname)) {
      callback(new WebhookTargetRefused(options.hostname), null);
      return;
    }
    connect(options, callback);
  };
}
