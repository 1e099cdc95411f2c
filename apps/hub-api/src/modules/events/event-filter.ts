import { EventFilterInput } from '@hub/shared-schema';
import { ChangeEventEntity } from '../records/change-event.entity';

/** Which events a reader wants; every non-empty list must match, an empty list matches anything. */
export interface EventSelection {
  categories: string[];
  eventTypes: string[];
  townshipCodes: string[];
  matterCodes: string[];
  publisherCodes: string[];
  partyKeys: string[];
}

/** A selection, and who reads with it. */
export interface EventFilter extends EventSelection {
  /**
   * The unit reading. An event with an audience (a unit's own report) reaches that audience only;
   * null reads for everyone: the live poller does, and `matches` then checks each listener's unit.
   */
  readerUnit: string | null;
}

export function toEventSelection(input: EventFilterInput | null | undefined): EventSelection {
  return {
    categories: input?.categories ?? [],
    eventTypes: input?.eventTypes ?? [],
    townshipCodes: input?.townshipCodes ?? [],
    matterCodes: input?.matterCodes ?? [],
    publisherCodes: input?.publisherCodes ?? [],
    partyKeys: input?.partyKeys ?? [],
  };
}

/**
 * The filter as a SQL condition on `change_event e`, parameters numbered from `first`. A township
 * matches the record's own township or a township the event is addressed to: a normative document
 * has no township, but reaches the towns that hold its matters (§4(1)1). `matches` below is the same
 * rule for events already in memory (live consoles); event-filter.spec.ts holds the two together.
 */
export function filterSql(filter: EventFilter, first: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (p: string) => string, values: string[]) => {
    if (!values.length) return;
    params.push(values);
    parts.push(condition(`$${first + params.length - 1}`));
  };
  add((p) => `e.category = ANY(${p})`, filter.categories);
  add((p) => `e.type = ANY(${p})`, filter.eventTypes);
  add((p) => `(e.township_code = ANY(${p}) OR e.recipients && ${p}::text[])`, filter.townshipCodes);
  add((p) => `e.matter_code = ANY(${p})`, filter.matterCodes);
  add((p) => `e.source_unit_code = ANY(${p})`, filter.publisherCodes);
  add((p) => `e.party_key = ANY(${p})`, filter.partyKeys);
  if (filter.readerUnit !== null) {
    params.push(filter.readerUnit);
    parts.push(`(e.audience IS NULL OR $${first + params.length - 1} = ANY(e.audience))`);
  }
  return { sql: parts.length ? parts.join(' AND ') : 'true', params };
}

type Routable = Pick<
  ChangeEventEntity,
  'category' | 'type' | 'townshipCode' | 'recipients' | 'audience' | 'matterCode' | 'sourceUnitCode' | 'partyKey'
>;

export function matches(filter: EventFilter, event: Routable): boolean {
  const any = (values: string[], value: string | null) => !values.length || (value !== null && values.includes(value));
  return (
    any(filter.categories, event.category) &&
    any(filter.eventTypes, event.type) &&
    (!filter.townshipCodes.length ||
      any(filter.townshipCodes, event.townshipCode) ||
      (event.recipients ?? []).some((unit) => filter.townshipCodes.includes(unit))) &&
    any(filter.matterCodes, event.matterCode) &&
    any(filter.publisherCodes, event.sourceUnitCode) &&
    any(filter.partyKeys, event.partyKey) &&
    (event.audience === null || (filter.readerUnit !== null && event.audience.includes(filter.readerUnit)))
  );
}
