import { setTimeout as sleep } from 'node:timers/promises';
import { Checkpoint } from './checkpoint';
import { HubClient } from './hub-client';
import { HubError } from './hub-error';
import { HUB_EVENT_FIELDS, HubEvent } from './hub-event';
import { backoffDelay, RetryPolicy } from './retry-policy';

export interface FeedSubscriberOptions {
  client: HubClient;
  subscriptionId: string;
  /** Called once per event, in log order; a throw makes it be called again with the same event. */
  handler: (event: HubEvent) => Promise<void> | void;
  /** Local checkpoint; without one the hub's acknowledged position is the checkpoint. */
  checkpoint?: Checkpoint;
  pageSize?: number;
  /** Wait between polls once caught up. */
  idleMs?: number;
  /** Waits after failures (hub unreachable, handler failing); retried without limit. */
  backoff?: Omit<RetryPolicy, 'attempts'>;
  onError?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Return from `run` once caught up with the log, instead of polling on. */
  untilCaughtUp?: boolean;
}

const EVENTS = `query($id: ID!, $after: String, $first: Int) { events(subscriptionId: $id, after: $after, first: $first) {
  endCursor hasMore nodes { ${HUB_EVENT_FIELDS} } } }`;
const ACK = `mutation($id: ID!, $position: String!) { acknowledgeEvents(subscriptionId: $id, position: $position) { position } }`;

/**
 * Follows a PULL subscription: reads pages in log order, hands each event to the handler, and only
 * then moves the checkpoint (local, and the hub's acknowledged position) past it. At least once: a
 * crash between handling and checkpointing hands the same event over again after the restart, so
 * handlers deduplicate by `event.id` where a repeat matters.
 */
export class FeedSubscriber {
  private stopped = false;
  private readonly abort = new AbortController();
  private position: string | null = null;

  constructor(private readonly options: FeedSubscriberOptions) {}

  /** The position processed so far (after `run` has started). */
  get processed(): string | null {
    return this.position;
  }

  /** Runs until `stop()` (or until caught up, if asked); throws only on errors retrying cannot fix (forbidden, unknown subscription …). */
  async run(): Promise<void> {
    const { checkpoint, pageSize = 100, idleMs = 1000 } = this.options;
    this.position = (await checkpoint?.load()) ?? null;
    let failures = 0;
    while (!this.stopped) {
      try {
        const page = await this.page(pageSize);
        for (const event of page.nodes) {
          if (this.stopped) return;
          await this.options.handler(event);
          this.position = event.position;
        }
        if (this.stopped) return;
        // The end cursor also moves past events the subscription's filter skipped.
        this.position = page.endCursor;
        await this.commit();
        failures = 0;
        if (!page.hasMore && this.options.untilCaughtUp) return;
        if (!page.hasMore) await this.pause(idleMs);
      } catch (error) {
        if (error instanceof HubError && !error.retryable) throw error;
        failures++;
        const delayMs = backoffDelay(failures, { attempts: Infinity, baseDelayMs: 500, maxDelayMs: 30_000, ...this.options.backoff });
        this.options.onError?.(error, failures, delayMs);
        await this.commit().catch(() => undefined); // keep what was handled before the failure
        await this.pause(delayMs);
      }
    }
  }

  /** Stops after the event being handled; the position reached is saved. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await this.commit().catch(() => undefined);
  }

  private page(first: number) {
    const variables = { id: this.options.subscriptionId, after: this.position, first };
    return this.options.client
      .request<{ events: { endCursor: string; hasMore: boolean; nodes: HubEvent[] } }>(EVENTS, variables)
      .then((answer) => answer.events);
  }

  private async commit(): Promise<void> {
    if (this.position === null) return;
    await this.options.checkpoint?.save(this.position);
    await this.options.client.request(ACK, { id: this.options.subscriptionId, position: this.position });
  }

  private async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.abort.signal }).catch(() => undefined);
  }
}
