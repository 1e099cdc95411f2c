import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, HubProcess, startHubProcess } from './hub-process';

/**
 * The built hub on its embedded default (own PostgreSQL and object store in a fresh data folder) for one
 * describe block: free ports chosen before the tests, the last hub started stopped and the folder removed
 * after them. `env` is filled in beforeAll; `start` starts a hub on it and remembers it for the clean-up.
 */
export function embeddedHubSuite(folderPrefix: string, logLevel: 'info' | 'warn') {
  const dataDir = mkdtempSync(join(tmpdir(), folderPrefix));
  const env: Record<string, string> = {};
  let last: HubProcess | null = null;
  beforeAll(async () => {
    Object.assign(env, {
      HUB_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_S3_PORT: String(await freePort()),
      LOG_LEVEL: logLevel,
    });
  });
  afterAll(async () => {
    if (last && last.child.exitCode === null) {
      last.child.kill('SIGTERM');
      await exited(last.child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { dataDir, env, start: async () => (last = await startHubProcess(env)) };
}
