import { HubEvent, RecordCategory } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { seesPersonalData } from '../personal-data/personal-data';
import { ChangeEventEntity } from '../records/change-event.entity';

/** Who reads an event: a person or system (Actor), or the unit a subscription belongs to. */
export type EventReader = Pick<Actor, 'roles' | 'unitCode'>;

export interface PresentedEvent {
  event: HubEvent;
  /** The reader saw personal data in full: the caller audits it. */
  full: boolean;
}

/**
 * An event as one reader may see it, masked exactly as a query would mask the record: the publisher,
 * the handling units and supervisors get the personal fields in full, everyone else masked.
 */
export function presentEvent(row: ChangeEventEntity, reader: EventReader): PresentedEvent {
  const full = row.personalData !== null && seesPersonalData(reader, row.privilegedUnits);
  const data = full ? { ...row.data, record: { ...(row.data.record as object), ...row.personalData } } : row.data;
  return {
    full,
    event: {
      position: row.position,
      id: row.id,
      specversion: '1.0',
      source: `urn:jinjiang-hub:unit:${row.sourceUnitCode}`,
      type: row.type,
      subject: row.subject,
      time: row.occurredAt,
      datacontenttype: 'application/json',
      category: row.category as RecordCategory,
      townshipCode: row.townshipCode,
      matterCode: row.matterCode,
      data,
    },
  };
}

/**
 * The JSON a webhook receives (CloudEvents structured mode): the presented event itself, field for
 * field as the feed and live events answer it (`townshipCode`, `matterCode`, `position` …), so there
 * is one shape of an event whichever way it is delivered.
 */
export function cloudEventJson(event: HubEvent): string {
  return JSON.stringify(eventBody(event));
}

/** The event as plain JSON values: the one shape every delivery gives (times as ISO 8601 text). */
export function eventBody(event: HubEvent): Record<keyof HubEvent, unknown> {
  return { ...event, time: event.time.toISOString() };
}
