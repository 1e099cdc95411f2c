import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, HubConfig, loadConfig } from '../config/hub-config';
import { dataSourceOptions } from '../database/data-source-options';
import { resolveDatabase } from '../database/resolve-database';

/**
 * Runs a command-line task against the hub's database (configured, or the embedded default) and exits
 * with the code the task returns; a configuration error is the usual one line and exit code 1.
 * With the embedded default, a server that a running hub of the same data folder serves is used as
 * it is and left running; only one left by a crash is recovered. `asOwner` connects as the schema
 * owner (DATABASE_OWNER_URL, else DATABASE_URL), as the migrations must; other tasks as the hub does.
 */
export function runCli(
  task: (dataSource: DataSource, argv: string[], config: HubConfig) => Promise<number>,
  options: { asOwner?: boolean } = {},
): void {
  void (async () => {
    let code = 1;
    try {
      const { config, embedded } = await resolveDatabase(loadConfig(), (line) => console.error(`[embedded-postgres] ${line}`), {
        reuseRunning: true,
      });
      const url = options.asOwner ? (config.database.ownerUrl ?? config.database.url!) : config.database.url!;
      const dataSource = new DataSource(dataSourceOptions(url, 2));
      try {
        await dataSource.initialize();
        code = await task(dataSource, process.argv.slice(2), config);
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
        await embedded?.stop();
      }
    } catch (error) {
      console.error(error instanceof ConfigError ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(code);
  })();
}
