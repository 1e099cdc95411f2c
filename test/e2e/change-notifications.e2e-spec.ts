import { ApiKeyScope, Role } from '@hub/shared-schema';
import { FOOD_MATTER, licence, MARKET, PUBLISH_LICENCES, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { eventually as eventuallyAt } from '../utils/wait';
import { exited, HubProcess } from '../utils/hub-process';
import { GraphQLResponse, gqlAt, onlyError, startHubProcessOn, startTestApp, TestApp } from '../utils/test-app';

const VIEWER = '{ viewer { unitCode } }';
const PERMIT = `query($u: String!) { permitStatus(uscc: $u, matterCode: "${FOOD_MATTER.code}", at: "2026-12-01") { covered reason } }`;

/**
 * API keys and the matter catalog are answered from memory in each hub process (lookup speed);
 * PostgreSQL's notifications keep every process's copy true, whoever changed the row. The process that
 * made a change drops its copy on commit; another process when the notification arrives, which
 * PostgreSQL sends at commit: milliseconds, so the checks on `other` allow up to two seconds.
 */
describe('in-process caches follow changes made anywhere (e2e, two processes)', () => {
  let hub: TestApp;
  let other: HubProcess; // a second hub process on the same database
  let admin: string;

  const ask = (url: string, query: string, credential: string, variables: Record<string, unknown> = {}) =>
    gqlAt(url, query, variables, { credential });
  const code = (answer: GraphQLResponse) => answer.errors?.[0]?.extensions?.code ?? 'OK';
  /** What `other` answers once the change has reached it (notification latency), failing after 2 s. */
  const eventually = async (ask: () => Promise<string>, expected: string) => {
    let last = await ask();
    for (const end = Date.now() + 2_000; last !== expected && Date.now() < end; last = await ask())
      await new Promise((r) => setTimeout(r, 20));
    return last;
  };
  /** Polls `holds` until it is true (answers true), or answers false after 10 s. */
  const waitFor = async (holds: () => Promise<boolean>) => (await eventuallyAt(holds, (ok) => ok, 10_000).catch(() => false)) === true;
  const listeners = async () =>
    (
      await hub.sql(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'jinjiang-hub-listen'`,
      )
    )[0].n as number;

  beforeAll(async () => {
    hub = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    admin = await seed.foodMatter(hub);
    other = await startHubProcessOn(hub, { HUB_DELIVERY_WORKER: 'false' });
    expect(await listeners()).toBe(2); // both processes cache, and listen
  });
  afterAll(async () => {
    other.child.kill('SIGTERM');
    await exited(other.child);
    await hub.close();
  });

  it('refuses a key revoked in one process on the very next call to another', async () => {
    const key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
    const [{ id }] = await hub.sql(`SELECT id FROM api_key ORDER BY created_at DESC LIMIT 1`);
    for (let i = 0; i < 3; i++) expect(code(await ask(other.url, VIEWER, key))).toBe('OK'); // cached by now
    const revoked = await hub.gql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id }, { credential: admin });
    expect(revoked.errors).toBeUndefined();
    expect(code(await ask(hub.url, VIEWER, key))).toBe('UNAUTHENTICATED'); // the process that revoked: at once
    expect(await eventually(async () => code(await ask(other.url, VIEWER, key)), 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
  });

  it('follows a change made in plain SQL: a deactivated unit, a renamed matter', async () => {
    const key = await hub.apiKey('dept-water', [ApiKeyScope.READ]);
    expect(code(await ask(other.url, VIEWER, key))).toBe('OK');
    await hub.sql(`UPDATE unit SET active = false WHERE code = 'dept-water'`);
    expect(await eventually(async () => code(await ask(other.url, VIEWER, key)), 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    await hub.sql(`UPDATE unit SET active = true WHERE code = 'dept-water'`);
    expect(await eventually(async () => code(await ask(other.url, VIEWER, key)), 'OK')).toBe('OK');

    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    await hub.gql(PUBLISH_LICENCES, { records: [licence(1)] }, { credential: market });
    expect((await ask(other.url, PERMIT, market, { u: uscc(1) })).data!.permitStatus.reason).toContain(FOOD_MATTER.name);
    await hub.sql(`UPDATE devolved_matter SET name = '改名后的事项' WHERE code = $1`, [FOOD_MATTER.code]);
    const reason = async () =>
      ((await ask(other.url, PERMIT, market, { u: uscc(1) })).data!.permitStatus.reason as string).includes('改名后的事项')
        ? 'renamed'
        : 'old name';
    expect(await eventually(reason, 'renamed')).toBe('renamed');
  });

  it("follows changes to a person's account made anywhere: deactivated, given other roles, re-activated", async () => {
    const token = await hub.userToken([Role.OFFICER], '350582001');
    const roles = async () => {
      const answer = await ask(other.url, '{ viewer { roles } }', token);
      return answer.errors ? code(answer) : (answer.data!.viewer.roles as string[]).join(',');
    };
    for (let i = 0; i < 3; i++) expect(await roles()).toBe(Role.OFFICER); // cached by now
    const [{ id }] = await hub.sql(`SELECT id FROM user_account ORDER BY created_at DESC LIMIT 1`);
    await hub.sql(`UPDATE user_account SET roles = '{OFFICER,LEADER}' WHERE id = $1`, [id]);
    expect(await eventually(roles, `${Role.OFFICER},${Role.LEADER}`)).toBe(`${Role.OFFICER},${Role.LEADER}`);
    await hub.sql(`UPDATE user_account SET active = false WHERE id = $1`, [id]);
    expect(await eventually(roles, 'UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    expect(code(await ask(hub.url, VIEWER, token))).toBe('UNAUTHENTICATED');
    await hub.sql(`UPDATE user_account SET active = true WHERE id = $1`, [id]);
    expect(await eventually(roles, `${Role.OFFICER},${Role.LEADER}`)).toBe(`${Role.OFFICER},${Role.LEADER}`);
  });

  it('stays right while its notification connection is cut, and after it comes back', async () => {
    const key = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
    expect(code(await ask(other.url, VIEWER, key))).toBe('OK');
    const cut = (
      await hub.sql(
        `SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'jinjiang-hub-listen'`,
      )
    ).map((row) => row.pid as number);
    expect(cut).toHaveLength(2);
    // The terminated backends are gone (each process's connection has ended), whether or not they have reconnected yet.
    expect(
      await waitFor(
        async () => (await hub.sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1::int[])`, [cut]))[0].n === 0,
      ),
    ).toBe(true);
    // A change while no process listens is still seen: the caches are bypassed until they listen again, then emptied.
    await hub.sql(`UPDATE api_key SET revoked_at = now() WHERE prefix = $1`, [key.split('_').slice(0, 2).join('_')]);
    expect(onlyError(await hub.gql(VIEWER, {}, { credential: key })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(code(await ask(other.url, VIEWER, key))).toBe('UNAUTHENTICATED');
    expect(await waitFor(async () => (await listeners()) === 2)).toBe(true); // both reconnected by themselves
    const fresh = await hub.apiKey(MARKET, [ApiKeyScope.READ]);
    expect(code(await ask(other.url, VIEWER, fresh))).toBe('OK');
  });
});
