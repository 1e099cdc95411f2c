import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { ChangeEventEntity } from './change-event.entity';
import { RecordVersionEntity } from './record-version.entity';
import { SharedRecordEntity } from './shared-record.entity';

const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Storage shared by every category: current rows (upsert) and version history; their change events go through OutboxService. */
@Injectable()
export class RecordsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Serialises one publisher's writes to one category, so a batch sees a stable "existing" set. */
  async lockPublisher(category: string, publisherCode: string): Promise<void> {
    await this.tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`records:${category}:${publisherCode}`]);
  }

  /** `full`: every column (a category that reconciles a publication with the stored row), else what publishing compares. */
  findBySourceIds<Row extends SharedRecordEntity>(entity: new () => Row, publisherCode: string, sourceIds: string[], full = false) {
    return this.tx.manager.getRepository(entity).find({
      where: { publisherCode, sourceId: In(sourceIds) } as never,
      select: full
        ? undefined
        : ({ id: true, sourceId: true, version: true, contentHash: true, revokedAt: true, revokeReason: true } as never),
    });
  }

  findBySourceId<Row extends SharedRecordEntity>(entity: new () => Row, publisherCode: string, sourceId: string): Promise<Row | null> {
    return this.tx.manager.getRepository(entity).findOneBy({ publisherCode, sourceId } as never);
  }

  findById<Row extends SharedRecordEntity>(entity: new () => Row, id: string): Promise<Row | null> {
    return this.tx.manager.getRepository(entity).findOneBy({ id } as never);
  }

  /** One INSERT … ON CONFLICT (publisher, source id) DO UPDATE per chunk: new and revised rows alike. */
  async upsert<Row extends SharedRecordEntity>(entity: new () => Row, rows: Array<Partial<Row>>): Promise<void> {
    for (const part of chunks(rows)) {
      await this.tx.manager
        .getRepository(entity)
        .upsert(part as never, { conflictPaths: ['publisherCode', 'sourceId'], skipUpdateIfNoValuesChanged: false });
    }
  }

  async update<Row extends SharedRecordEntity>(entity: new () => Row, id: string, patch: Partial<Row>): Promise<void> {
    await this.tx.manager.getRepository(entity).update({ id } as never, patch as never);
  }

  /**
   * History rows, a chunk per statement. The rows travel as one jsonb parameter expanded by
   * jsonb_to_recordset: TypeORM's generated multi-row INSERT (a placeholder per value) cost more CPU
   * than the rest of a batch's bookkeeping. `occurredAt` is the hub's Clock for the whole change.
   */
  async appendVersions(versions: Array<Omit<RecordVersionEntity, 'occurredAt'>>, occurredAt: Date): Promise<void> {
    for (const part of chunks(versions)) {
      await this.tx.manager.query(
        `INSERT INTO record_version (category, record_id, version, change, content, content_hash, actor_name, actor_unit_code, occurred_at)
         SELECT category, "recordId", version, change, content, "contentHash", "actorName", "actorUnitCode", $2::timestamptz
           FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (category varchar, "recordId" uuid, version integer, change varchar,
                content jsonb, "contentHash" char(64), "actorName" varchar, "actorUnitCode" varchar)) WITH ORDINALITY AS v
          ORDER BY v.ordinality`,
        [JSON.stringify(part), occurredAt],
      );
    }
  }

  lastVersion(category: string, recordId: string): Promise<RecordVersionEntity[]> {
    return this.tx.manager.getRepository(RecordVersionEntity).find({ where: { category, recordId }, order: { version: 'DESC' }, take: 1 });
  }

  history(category: string, recordId: string): Promise<RecordVersionEntity[]> {
    return this.tx.manager.getRepository(RecordVersionEntity).find({ where: { category, recordId }, order: { version: 'ASC' } });
  }

  /** The publisher of a record of any category, for the AuthGuard's "own unit" check. */
  async publisherOf(id: string, entities: Array<new () => SharedRecordEntity>): Promise<string | null> {
    for (const entity of entities) {
      const row = await this.tx.manager.getRepository(entity).findOne({ where: { id }, select: { publisherCode: true } });
      if (row) return row.publisherCode;
    }
    return null;
  }

  eventsFor(subject: string): Promise<ChangeEventEntity[]> {
    return this.tx.manager.getRepository(ChangeEventEntity).find({ where: { subject }, order: { position: 'ASC' } });
  }
}
