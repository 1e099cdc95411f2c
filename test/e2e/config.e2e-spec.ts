import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../dist/apps/hub-api/src/main.js');

/** Starts the built hub with only the given environment and returns how it ended. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20000 });
  return { status: result.status, stderrLines: result.stderr.trim().split('\n').filter(Boolean), stdout: result.stdout };
}

describe('configuration errors stop start-up with one clear line (e2e, built hub)', () => {
  it.each([
    [{ PORT: 'abc' }, /^Configuration error: PORT must be an integer from 0 to 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^Configuration error: PORT must be/],
    [{ DATABASE_URL: 'mysql://x' }, /^Configuration error: DATABASE_URL must be a postgres:\/\/ connection URL/],
    [{ DATABASE_URL: 'postgres://u@127.0.0.1/db' }, /^Configuration error: HUB_JWT_SECRET must be set/],
    [
      { DATABASE_URL: 'postgres://u@127.0.0.1/db', HUB_JWT_SECRET: 'short' },
      /^Configuration error: HUB_JWT_SECRET must be at least 32 characters/,
    ],
    [{ HUB_RUN_MIGRATIONS: 'maybe' }, /^Configuration error: HUB_RUN_MIGRATIONS must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /^Configuration error: LOG_LEVEL must be one of/],
  ])('%j', (env, message) => {
    const result = start(env);
    expect(result.status).toBe(1);
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toMatch(message);
  });
});
