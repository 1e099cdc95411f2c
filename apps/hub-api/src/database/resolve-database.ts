import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HubConfig } from '../config/hub-config';
import type { EmbeddedPostgresHandle } from './embedded-postgres';

export interface ResolvedDatabase {
  config: HubConfig;
  /** Set when this process started the embedded server; stop it after everything else has closed. */
  embedded: EmbeddedPostgresHandle | null;
}

/** The embedded default keeps a JWT secret of its own in the data folder, so tokens survive restarts. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * With DATABASE_URL, the configured server. Without it, the embedded PostgreSQL under HUB_DATA_DIR,
 * started here, and a local JWT secret. The app and the CLIs (migrate, audit-verify) share this.
 */
export async function resolveDatabase(config: HubConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.database.url) return { config, embedded: null };
  const dataDir = resolve(config.embedded.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Loaded only here: a configured deployment never loads the embedded server's library.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedPostgres } = require('./embedded-postgres') as typeof import('./embedded-postgres');
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port: config.embedded.pgPort, database: 'hub', log });
  return {
    embedded,
    config: {
      ...config,
      database: { ...config.database, url: embedded.url },
      auth: { ...config.auth, jwtSecret: config.auth.jwtSecret ?? localSecret(dataDir) },
    },
  };
}
