import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { HubEvent } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { RequestContext } from '../../common/context/request-context';
import { Clock } from '../../common/time/clock';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { ChangeEventEntity } from '../records/change-event.entity';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { EventFilter, matches } from './event-filter';
import { EventLogRepository } from './event-log.repository';
import { presentEvent } from './event-presenter';

const MATCH_ALL: EventFilter = {
  categories: [],
  eventTypes: [],
  townshipCodes: [],
  matterCodes: [],
  publisherCodes: [],
  partyKeys: [],
  readerUnit: null,
};
/** A console that stops reading loses its oldest queued events rather than the hub's memory. */
const MAX_QUEUED = 1000;

interface Listener {
  filter: EventFilter;
  reader: Actor;
  queue: HubEvent[];
  wake: (() => void) | null;
  stillValid: () => Promise<boolean>;
  /** Elapsed time (`clock.monotonicMs()`), not the domain's "now": how long since the credential was checked. */
  checkedAt: number;
}

/**
 * Live events for consoles (GraphQL subscriptions over graphql-ws). One poller per process follows
 * the log while anyone listens and hands each listener what its filter matches, masked for that
 * reader. Live is for watching: a console that needs every event uses a subscription's feed.
 */
@Injectable()
export class LiveEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly listeners = new Set<Listener>();
  private position: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  /** The hub feeding a listener: its audit rows name the listener's reader, without a request id. */
  private readonly ctx: RequestContext;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly log: EventLogRepository,
    private readonly personalData: PersonalDataAudit,
    private readonly clock: Clock,
  ) {
    this.ctx = RequestContext.forSystem(clock, 'live-events');
  }

  /**
   * The listener's stream. An iterator rather than a generator: when the console goes away,
   * graphql-ws calls `return()`, which must end the stream at once, even while it waits for an event.
   */
  listen(filter: EventFilter, reader: Actor, stillValid: () => Promise<boolean>): AsyncIterableIterator<HubEvent> {
    const listener: Listener = { filter, reader, queue: [], wake: null, stillValid, checkedAt: this.clock.monotonicMs() };
    this.listeners.add(listener);
    if (!this.polling) {
      // Set before any await, so that two first listeners start one poller, not two.
      this.polling = true;
      void this.log.head().then(
        (head) => {
          this.position = head;
          this.schedule();
        },
        () => this.schedule(),
      );
    }
    const finish = (): Promise<IteratorResult<HubEvent>> => {
      this.listeners.delete(listener);
      listener.wake?.();
      return Promise.resolve({ done: true, value: undefined });
    };
    const iterator: AsyncIterableIterator<HubEvent> = {
      next: async () => {
        while (this.listeners.has(listener)) {
          const event = listener.queue.shift();
          if (event) return { done: false, value: event };
          await new Promise<void>((resolve) => (listener.wake = resolve));
        }
        return { done: true, value: undefined };
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  onApplicationShutdown(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const listener of this.listeners) listener.wake?.();
    this.listeners.clear();
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.poll(), this.config.delivery.pollMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      await this.recheckCredentials();
      const head = await this.log.head();
      this.position ??= head;
      const events = await this.log.page(MATCH_ALL, this.position, head, 500);
      for (const event of events) await this.dispatch(event);
      this.position = events.length === 500 ? events[events.length - 1].position : head;
    } catch (error) {
      this.logger.warn(`live events poll failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      // The last listener gone, the poller stops; the next one starts it again from the head.
      if (this.listeners.size) this.schedule();
      else {
        this.polling = false;
        this.position = null;
      }
    }
  }

  /** Ends the streams whose credential no longer holds. */
  private async recheckCredentials(): Promise<void> {
    const now = this.clock.monotonicMs();
    for (const listener of this.listeners) {
      if (now - listener.checkedAt < this.config.delivery.liveRecheckMs) continue;
      listener.checkedAt = now;
      if (!(await listener.stillValid().catch(() => true))) {
        this.listeners.delete(listener);
        listener.wake?.();
      }
    }
  }

  private async dispatch(row: ChangeEventEntity): Promise<void> {
    for (const listener of this.listeners) {
      if (!matches(listener.filter, row)) continue;
      const { event, full } = presentEvent(row, listener.reader);
      if (full) await this.personalData.recordFullView(this.ctx, 'events.live.personalData', [row.subject], listener.reader);
      if (listener.queue.length >= MAX_QUEUED) listener.queue.shift();
      listener.queue.push(event);
      listener.wake?.();
      listener.wake = null;
    }
  }
}
