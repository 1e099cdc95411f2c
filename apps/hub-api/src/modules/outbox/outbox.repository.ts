import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { TransactionRunner } from '../../database/transaction-runner';
import { ChangeEventEntity } from '../records/change-event.entity';

const CHUNK = 500;

/** A row of `change_event` as written: the log draws `position` itself; `occurred_at` is given apart, one for the whole append. */
export type ChangeEventRow = Omit<ChangeEventEntity, 'position' | 'occurredAt'>;

/** Writes the change log (`change_event`); EventLogRepository reads it. */
@Injectable()
export class OutboxRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * Inserts in the open transaction, a chunk per statement, positions drawn in the given order, every
   * row at `occurredAt` (the caller's time for the change, else the hub's Clock now).
   */
  async insert(events: ChangeEventRow[], occurredAt: Date = this.clock.now()): Promise<void> {
    for (let i = 0; i < events.length; i += CHUNK) {
      await this.tx.manager.query(
        `INSERT INTO change_event (id, type, category, subject, source_unit_code, township_code, matter_code, party_key,
                                   recipients, audience, privileged_units, personal_data, data, occurred_at)
         SELECT id, type, category, subject, "sourceUnitCode", "townshipCode", "matterCode", "partyKey",
                recipients, audience, coalesce("privilegedUnits", '{}'), "personalData", data, $2::timestamptz
           FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id uuid, type varchar, category varchar, subject uuid,
                "sourceUnitCode" varchar, "townshipCode" varchar, "matterCode" varchar, "partyKey" varchar, recipients text[],
                audience text[], "privilegedUnits" text[], "personalData" jsonb, data jsonb)) WITH ORDINALITY AS e
          ORDER BY e.ordinality`,
        [JSON.stringify(events.slice(i, i + CHUNK)), occurredAt],
      );
    }
  }
}
