import { HubEvent, RecordCategory } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { seesPersonalData } from '../records/personal-data';
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
      category: row.category as RecordCategory,
      townshipCode: row.townshipCode,
      matterCode: row.matterCode,
      data,
    },
  };
}

/** The CloudEvents 1.0 JSON a webhook receives (structured mode), with the log position as an extension. */
export function cloudEventJson(event: HubEvent): string {
  return JSON.stringify({
    specversion: event.specversion,
    id: event.id,
    source: event.source,
    type: event.type,
    subject: event.subject,
    time: event.time.toISOString(),
    datacontenttype: 'application/json',
    position: event.position,
    category: event.category,
    township: event.townshipCode,
    matter: event.matterCode,
    data: event.data,
  });
}
