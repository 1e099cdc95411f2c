import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';

export interface LifecycleStepRow {
  id: string;
  itemType: string;
  itemId: string;
  action: string;
  fromState: string;
  toState: string;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  unitCode: string;
  roles: string[];
  side: string;
  note: string | null;
  attachmentIds: string[];
  occurredAt: Date;
}

const TABLE = /^[a-z_]+$/;
const STEP_COLUMNS = `id, item_type AS "itemType", item_id AS "itemId", action, from_state AS "fromState", to_state AS "toState",
  actor_kind AS "actorKind", actor_id AS "actorId", actor_name AS "actorName", unit_code AS "unitCode", roles, side, note,
  attachment_ids AS "attachmentIds", occurred_at AS "occurredAt"`;

/** The state column of a declared workflow's table, and the append-only steps (lifecycle_step). */
@Injectable()
export class LifecycleRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Compare-and-set of the state: false when the item is no longer in `from` (a concurrent action won). */
  async compareAndSetState(table: string, id: string, from: string, to: string, at: Date, column = 'state'): Promise<boolean> {
    // The table and column names come from a declaration in the code, never from a caller; checked all the same.
    if (!TABLE.test(table)) throw new Error(`not a table name: ${table}`);
    if (!TABLE.test(column)) throw new Error(`not a column name: ${column}`);
    // For an UPDATE the driver answers [rows, affected].
    const [, affected] = await this.tx.manager.query<[unknown[], number]>(
      `UPDATE ${table} SET ${column} = $3, updated_at = $4::timestamptz WHERE id = $1 AND ${column} = $2`,
      [id, from, to, at],
    );
    return affected === 1;
  }

  async insertStep(step: Omit<LifecycleStepRow, 'id'>): Promise<string> {
    const [row] = await this.tx.manager.query<Array<{ id: string }>>(
      `INSERT INTO lifecycle_step (item_type, item_id, action, from_state, to_state, actor_kind, actor_id, actor_name, unit_code,
                                   roles, side, note, attachment_ids, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::timestamptz) RETURNING id`,
      [
        step.itemType,
        step.itemId,
        step.action,
        step.fromState,
        step.toState,
        step.actorKind,
        step.actorId,
        step.actorName,
        step.unitCode,
        step.roles,
        step.side,
        step.note,
        step.attachmentIds,
        step.occurredAt,
      ],
    );
    return row.id;
  }

  /** The steps of items of one type, oldest first. */
  async stepsOf(itemType: string, itemIds: string[]): Promise<LifecycleStepRow[]> {
    if (!itemIds.length) return [];
    return this.tx.manager.query(
      `SELECT ${STEP_COLUMNS} FROM lifecycle_step WHERE item_type = $1 AND item_id = ANY($2::uuid[]) ORDER BY occurred_at, seq`,
      [itemType, itemIds],
    );
  }
}
