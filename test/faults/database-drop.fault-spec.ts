import { ApiKeyScope } from '@hub/shared-schema';
import { QINGYANG } from '../utils/fixtures';
import { startTestApp, TestApp } from '../utils/test-app';
import { recordFigures } from './fault-figures';

const QUERY = `{ units(first: 20) { nodes { code name } } }`;
const LOAD_MS = 6000;
const KILL_EVERY_MS = 400;

describe('PostgreSQL connections dropped mid-load (fault)', () => {
  let hub: TestApp;
  beforeAll(async () => {
    hub = await startTestApp();
  });
  afterAll(() => hub.close());

  it('answers UNAVAILABLE while backends are terminated, recovers by itself, and /health tells the truth throughout', async () => {
    const key = await hub.apiKey(QINGYANG, [ApiKeyScope.READ]);
    const outcomes = new Map<string, number>();
    const count = (what: string) => outcomes.set(what, (outcomes.get(what) ?? 0) + 1);
    const ask = async () => {
      const answer = await hub.gql(QUERY, {}, { credential: key });
      count(answer.errors ? String(answer.errors[0].extensions?.code) : answer.data?.units.nodes.length === 20 ? 'OK' : 'WRONG ANSWER');
    };
    const health: Array<{ status: number; database: string; down: string[] }> = [];
    const checkHealth = async () => {
      const response = await fetch(`${hub.url}/health`);
      const body = (await response.json()) as { info?: Record<string, { status: string }>; error?: Record<string, { status: string }> };
      const down = Object.entries(body.error ?? {})
        .filter(([, check]) => check.status !== 'up')
        .map(([name]) => name);
      health.push({ status: response.status, database: body.info?.database?.status ?? body.error?.database?.status ?? 'absent', down });
    };

    let injected = 0;
    const end = Date.now() + LOAD_MS;
    const killer = (async () => {
      while (Date.now() < end) {
        await new Promise((r) => setTimeout(r, KILL_EVERY_MS));
        const killed = await hub.sql(
          `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) t`,
        );
        injected += killed[0].n as number;
      }
    })();
    const loops = Array.from({ length: 8 }, async () => {
      while (Date.now() < end) await ask();
    });
    const watcher = (async () => {
      while (Date.now() < end) {
        await checkHealth();
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await Promise.all([killer, watcher, ...loops]);

    // Only two answers are honest while connections die: the data, or UNAVAILABLE (try again).
    const during = Object.fromEntries(outcomes);
    const dishonest = Object.keys(during).filter((k) => k !== 'OK' && k !== 'UNAVAILABLE');
    expect(dishonest).toEqual([]);
    expect(injected).toBeGreaterThan(0);
    // /health never answers 200 with the database down, nor 503 without naming what is down (under this
    // load the object store's check may time out too: a 503 naming it is the truth, not a lie).
    expect(health.filter((h) => (h.status === 200 ? h.database !== 'up' || h.down.length > 0 : h.down.length === 0))).toEqual([]);

    // Faults over: the hub recovers by itself (the pool replaces dead connections), no restart.
    outcomes.clear();
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 50; i++) await ask();
    expect(Object.fromEntries(outcomes)).toEqual({ OK: 50 });
    await checkHealth();
    expect(health.at(-1)).toEqual({ status: 200, database: 'up', down: [] });

    const requests = Object.values(during).reduce((a, b) => a + b, 0) + 50;
    recordFigures('database connections terminated', {
      requests,
      'backends terminated': injected,
      'answered UNAVAILABLE': during.UNAVAILABLE ?? 0,
      'wrong answers or other errors': dishonest.reduce((sum, k) => sum + during[k], 0),
      'health checks': health.length,
    });
  }, 120_000);
});
