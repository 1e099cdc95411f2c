import type { IncomingMessage, ServerResponse } from 'node:http';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { HubEvent } from './hub-event';

export interface WebhookReceiverOptions {
  /** The subscription's secret (`whsec_…`); during a rotation, the new and the old one. */
  secrets: string[];
  /** Messages whose webhook-timestamp is further than this from now are refused (default 300 s). */
  toleranceSeconds?: number;
  /** Event ids already handled; default: in memory for twice the tolerance. */
  seen?: SeenIds;
}

/** Remembers handled event ids so a replayed or redelivered message is not handled twice. */
export interface SeenIds {
  has(id: string): boolean | Promise<boolean>;
  add(id: string): void | Promise<void>;
}

export type ReceiveOutcome =
  | { status: 200; outcome: 'handled' | 'duplicate'; event: HubEvent }
  | { status: 409; outcome: 'in-progress'; event: HubEvent }
  | { status: 401; outcome: 'rejected'; reason: string }
  | { status: 500; outcome: 'failed'; reason: string };

/**
 * Seen ids in memory, each kept for `ttlMs` (at most `maxIds` of them). The hub signs every retry,
 * redelivery and replay afresh, so the timestamp tolerance does not stop a repeat: the memory must
 * outlast the hub's retry horizon (default 7 days), and a receiver that restarts needs a durable
 * SeenIds of its own (serve-webhook rebuilds it from its output file).
 */
export class MemorySeenIds implements SeenIds {
  private readonly ids = new Map<string, number>();
  constructor(
    private readonly ttlMs = 7 * 24 * 3600_000,
    private readonly maxIds = 200_000,
  ) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    const now = Date.now();
    this.ids.set(id, now);
    for (const [old, at] of this.ids) {
      if (now - at <= this.ttlMs && this.ids.size <= this.maxIds) break; // insertion order: the rest are newer
      this.ids.delete(old);
    }
  }
}

/**
 * The receiving end of the hub's webhooks: checks the Standard Webhooks signature (any of the
 * secrets) and timestamp, refuses replays outside the tolerance, and hands each event id to the
 * handler once. A duplicate inside the tolerance is answered 200 without handling it again, so the
 * hub stops sending it; a handler failure is answered 500 so the hub retries.
 */
export class WebhookReceiver {
  private readonly verifiers: Webhook[];
  private readonly seen: SeenIds;
  private readonly toleranceSeconds: number;
  private readonly handling = new Set<string>();

  constructor(options: WebhookReceiverOptions) {
    if (!options.secrets.length) throw new Error('WebhookReceiver needs at least one secret');
    this.verifiers = options.secrets.map((secret) => new Webhook(secret));
    this.toleranceSeconds = options.toleranceSeconds ?? 300;
    this.seen = options.seen ?? new MemorySeenIds();
  }

  /** The event, if the message is authentic and fresh; throws WebhookVerificationError otherwise. */
  verify(body: string, headers: Record<string, string | string[] | undefined>): HubEvent {
    const flat = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v[0] : (v ?? '')]));
    const timestamp = Number(flat['webhook-timestamp']);
    // standardwebhooks checks a fixed 5 minutes; the tolerance here may be stricter.
    if (Number.isFinite(timestamp) && Math.abs(Date.now() / 1000 - timestamp) > this.toleranceSeconds) {
      throw new WebhookVerificationError('Message timestamp outside the tolerance');
    }
    let lastError: unknown;
    for (const verifier of this.verifiers) {
      try {
        return toHubEvent(verifier.verify(body, flat) as Record<string, unknown>);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  async receive(
    body: string,
    headers: Record<string, string | string[] | undefined>,
    handler: (event: HubEvent) => Promise<void> | void,
  ): Promise<ReceiveOutcome> {
    let event: HubEvent;
    try {
      event = this.verify(body, headers);
    } catch (error) {
      return { status: 401, outcome: 'rejected', reason: error instanceof Error ? error.message : String(error) };
    }
    if (await this.seen.has(event.id)) return { status: 200, outcome: 'duplicate', event };
    // The hub retries a slow answer: the same event may arrive while its handler still runs.
    if (this.handling.has(event.id)) return { status: 409, outcome: 'in-progress', event };
    this.handling.add(event.id);
    try {
      await handler(event);
      await this.seen.add(event.id);
    } catch (error) {
      return { status: 500, outcome: 'failed', reason: error instanceof Error ? error.message : String(error) };
    } finally {
      this.handling.delete(event.id);
    }
    return { status: 200, outcome: 'handled', event };
  }

  /** A node:http request listener: reads the body (at most `maxBytes`), receives, answers the status. */
  listener(handler: (event: HubEvent) => Promise<void> | void, maxBytes = 5 * 1024 * 1024) {
    return (req: IncomingMessage, res: ServerResponse): void => {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) req.destroy();
        else chunks.push(chunk);
      });
      req.on('end', () => {
        void this.receive(Buffer.concat(chunks).toString('utf8'), req.headers, handler).then((result) => {
          res.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify({ outcome: result.outcome }));
        });
      });
    };
  }
}

/**
 * A webhook body has the pull feed's fields (`townshipCode`, `matterCode`); older hubs (before an event
 * had one shape however delivered) sent the routing keys as `township` and `matter`, still read here so a
 * handler gets the same HubEvent.
 */
function toHubEvent(body: Record<string, unknown>): HubEvent {
  const { township, matter, ...rest } = body;
  return { ...rest, townshipCode: rest.townshipCode ?? township ?? null, matterCode: rest.matterCode ?? matter ?? null } as HubEvent;
}
