import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { ChangeEventEntity } from '../records/change-event.entity';
import { EventFilter, filterSql } from './event-filter';

/** The columns of `change_event e` under the entity's property names, for raw queries over the log. */
export const EVENT_COLUMNS = `e.position::text AS position, e.id, e.type, e.category, e.subject, e.source_unit_code AS "sourceUnitCode",
  e.township_code AS "townshipCode", e.matter_code AS "matterCode", e.party_key AS "partyKey", e.recipients, e.audience,
  e.privileged_units AS "privilegedUnits", e.personal_data AS "personalData", e.occurred_at AS "occurredAt", e.data`;

/** Reads the change log (OutboxService writes it). Positions commit in order (see migration EventDelivery), so reading up to the head is safe. */
@Injectable()
export class EventLogRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async head(): Promise<string> {
    const [row] = await this.tx.manager.query<Array<{ head: string }>>('SELECT coalesce(max(position), 0)::text AS head FROM change_event');
    return row.head;
  }

  /** Matching events after `after`, up to `upTo`, in log order. */
  page(filter: EventFilter, after: string, upTo: string, limit: number): Promise<ChangeEventEntity[]> {
    const where = filterSql(filter, 4);
    return this.tx.manager.query<ChangeEventEntity[]>(
      `SELECT ${EVENT_COLUMNS} FROM change_event e
        WHERE e.position > $1 AND e.position <= $2 AND ${where.sql}
        ORDER BY e.position LIMIT $3`,
      [after, upTo, limit, ...where.params],
    );
  }
}
