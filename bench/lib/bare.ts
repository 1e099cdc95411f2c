import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../test/utils/hub-process';

/** The bare node:http + pg server (ceilings/bare-lookup.ts) as its own process, with the hub's pool size. */
export async function startBare(databaseUrl: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../ceilings/bare-lookup.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: '10' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}
