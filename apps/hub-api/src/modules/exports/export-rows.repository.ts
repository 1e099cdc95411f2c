import { Inject, Injectable } from '@nestjs/common';
import { Client } from 'pg';
import QueryStream from 'pg-query-stream';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';

/** An export's rows, read on a connection of their own while `read`'s work runs. */
export interface ExportRows {
  /** How many rows the statement answers (counted in the database, not streamed). */
  count(): Promise<number>;
  /** The rows, in the statement's order, through a cursor: memory stays flat however many there are. */
  stream(): AsyncIterable<Record<string, unknown>>;
}

/**
 * The rows of an export statement (export-statement.ts), streamed from PostgreSQL with
 * pg-query-stream, on a connection of its own outside the pool: its cursor stays open for the
 * whole export.
 */
@Injectable()
export class ExportRowsRepository {
  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {}

  async read<T>(statement: { sql: string; params: unknown[] }, work: (rows: ExportRows) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.config.database.url! });
    await client.connect();
    try {
      return await work({
        count: async () =>
          Number(
            (await client.query<{ count: string }>(`SELECT count(*) AS count FROM (${statement.sql}) x`, statement.params)).rows[0].count,
          ),
        stream: () =>
          client.query(new QueryStream(statement.sql, statement.params, { batchSize: 500 })) as AsyncIterable<Record<string, unknown>>,
      });
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
