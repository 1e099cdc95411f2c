import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RecordCategory } from '@hub/shared-schema';
import { OutboxRepository } from './outbox.repository';

/**
 * One event for the change log, by name. Only what says what happened is required; who may receive it
 * defaults to "every unit" (shared data), and the personal data to none.
 */
export interface OutboxEvent {
  /** `<prefix>.<change>`, e.g. `licensing.published`, `report.published`, `transfer.accepted`. */
  type: string;
  /** The §4(1) category the event belongs to: subscriptions filter on it. */
  category: RecordCategory;
  /** What changed: a record's id, an export job's id, an actor's id. */
  subject: string;
  /** The unit whose act this is (the publisher, the report's unit). */
  sourceUnitCode: string;
  townshipCode?: string | null;
  matterCode?: string | null;
  partyKey?: string | null;
  /** Units that must be told even without a subscription, e.g. towns holding a matter (§4(1)1). */
  recipients?: string[] | null;
  /** Units that alone may receive it; null (the default) for shared data, which every unit may. */
  audience?: string[] | null;
  /** Units that see `personalData` in full, as a query would show it to them. */
  privilegedUnits?: string[];
  /** The personal fields in full, merged into `data.record` only for readers entitled to them. */
  personalData?: Record<string, string | null> | null;
  /** The event's payload as every permitted reader sees it (personal fields masked). */
  data: Record<string, unknown>;
}

/**
 * The outbox (STYLE.md: one transaction, events included): the one way anything publishes a change event.
 * `appendAt` writes in the caller's open transaction, so an event exists exactly when the change it
 * reports commits; positions are drawn in the order given and commit in that order (migration
 * EventDelivery), and the change-notification trigger tells live readers and the webhook worker.
 * Records, periodic reports and the ID-number search alert use it; every later workflow (case
 * transfers, complaints, assistance) publishes its events here too, beside its state change.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  /** Events at the time of the change they report (`ctx.now()`), so the change's rows and its events agree. */
  async appendAt(occurredAt: Date, ...events: OutboxEvent[]): Promise<void> {
    if (!events.length) return;
    await this.outbox.insert(
      events.map((event) => ({
        id: randomUUID(),
        type: event.type,
        category: event.category,
        subject: event.subject,
        sourceUnitCode: event.sourceUnitCode,
        townshipCode: event.townshipCode ?? null,
        matterCode: event.matterCode ?? null,
        partyKey: event.partyKey ?? null,
        recipients: event.recipients ?? null,
        audience: event.audience ?? null,
        privilegedUnits: event.privilegedUnits ?? [],
        personalData: event.personalData ?? null,
        data: event.data,
      })),
      occurredAt,
    );
  }
}
