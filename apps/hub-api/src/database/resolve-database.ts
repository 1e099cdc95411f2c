import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSigningKeyText, parseSigningKey } from '../common/crypto/ed25519-keys';
import { HubConfig } from '../config/hub-config';
import type { EmbeddedPostgresHandle } from './embedded-postgres';

export interface ResolvedDatabase {
  config: HubConfig;
  /** Set when this process started the embedded server; stop it after everything else has closed. */
  embedded: EmbeddedPostgresHandle | null;
}

/** A secret of the embedded default, generated once into the data folder (readable by the operator only). */
function localSecret(dataDir: string, name: string, generate: () => string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, generate(), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * With DATABASE_URL, the configured server. Without it, the embedded PostgreSQL under HUB_DATA_DIR,
 * started here (or, for a CLI, the one a running hub of that folder already serves: `reuseRunning`),
 * the hub connecting as hub_app and migrating as the superuser, with a local JWT secret and audit
 * signing key kept in the data folder so tokens and checkpoints survive restarts. The app and the
 * CLIs (migrate, audit-verify, evidence-verify) share this.
 */
export async function resolveDatabase(
  config: HubConfig,
  log: (line: string) => void,
  options: { reuseRunning?: boolean } = {},
): Promise<ResolvedDatabase> {
  if (config.database.url) return { config, embedded: null };
  const dataDir = resolve(config.embedded.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Loaded only here: a configured deployment never loads the embedded server's library.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedPostgres } = require('./embedded-postgres') as typeof import('./embedded-postgres');
  const embedded = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pg'),
    port: config.embedded.pgPort,
    database: 'hub',
    log,
    reuseRunning: options.reuseRunning,
  });
  return {
    embedded,
    config: {
      ...config,
      database: { ...config.database, url: embedded.appUrl, ownerUrl: config.database.ownerUrl ?? embedded.url },
      auth: {
        ...config.auth,
        jwtSecret: config.auth.jwtSecret ?? localSecret(dataDir, 'jwt-secret', () => randomBytes(48).toString('base64url')),
      },
      audit: {
        ...config.audit,
        signingKey: config.audit.signingKey ?? parseSigningKey(localSecret(dataDir, 'audit-signing-key', generateSigningKeyText)),
      },
    },
  };
}
