import { Role } from '@hub/shared-schema';
import { runHubCliAsync } from '../utils/hub-process';
import { hubCliEnv, onlyError, startTestApp, TestApp } from '../utils/test-app';

const QINGYANG = '350582001';
const AUDIT_LOG = `query($operation: String) { auditLog(first: 20, operation: $operation) {
  nodes { id operation target outcome actorName actorKind unitCode roles requestId hash } } }`;
const CHAIN = '{ auditChainStatus { intact checked firstBrokenId reason } }';

describe('audit trail (e2e)', () => {
  let hub: TestApp;
  let supervisor: string;
  let leader: string;
  beforeAll(async () => {
    hub = await startTestApp();
    supervisor = await hub.userToken([Role.SUPERVISOR], 'joint-meeting-office');
    leader = await hub.userToken([Role.LEADER], QINGYANG);
  });
  afterAll(() => hub.close());

  const auditRows = async (operation: string) =>
    (await hub.gql(AUDIT_LOG, { operation }, { credential: supervisor })).data!.auditLog.nodes as Array<Record<string, any>>;

  it('appends a chained row for a mutation, with who, unit, role, target, outcome and request id', async () => {
    const response = await hub.gql(
      'mutation { updateUnitContact(input: {unitCode: "350582001", name: "陈一"}) { code } }',
      {},
      { credential: leader, headers: { 'x-request-id': 'req-audit-1' } },
    );
    expect(response.headers.get('x-request-id')).toBe('req-audit-1');
    const [row] = await auditRows('unit.updateContact');
    expect(row).toMatchObject({
      operation: 'unit.updateContact',
      target: QINGYANG,
      outcome: 'OK',
      actorKind: 'USER',
      unitCode: QINGYANG,
      roles: ['LEADER'],
      requestId: 'req-audit-1',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const [stored] = await hub.sql('SELECT prev_hash, hash FROM audit_entry WHERE id = $1', [row.id]);
    const [previous] = await hub.sql('SELECT hash FROM audit_entry WHERE id < $1 ORDER BY id DESC LIMIT 1', [row.id]);
    expect(stored.prev_hash).toBe(previous.hash);
    expect((await hub.gql(CHAIN, {}, { credential: supervisor })).data!.auditChainStatus).toMatchObject({
      intact: true,
      firstBrokenId: null,
    });
  });

  it('audits a refused mutation with the code the caller got', async () => {
    const officer = await hub.userToken([Role.OFFICER], QINGYANG);
    const response = await hub.gql(
      'mutation { createUnit(input: {code: "dept-x", name: "某局", kind: DEPARTMENT}) { code } }',
      {},
      { credential: officer },
    );
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    const [row] = await auditRows('unit.create');
    expect(row).toMatchObject({ outcome: 'FORBIDDEN', target: 'dept-x', roles: ['OFFICER'] });
  });

  it('rolls back a failed mutation and audits its failure', async () => {
    const admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    const response = await hub.gql(
      'mutation { createUnit(input: {code: "dept-orphan", name: "孤儿局", kind: DEPARTMENT, parentCode: "dept-missing"}) { code } }',
      {},
      { credential: admin },
    );
    expect(onlyError(response).extensions).toEqual({ code: 'NOT_FOUND', field: 'input.parentCode' });
    expect(await hub.sql(`SELECT 1 FROM unit WHERE code = 'dept-orphan'`)).toHaveLength(0);
    const [row] = await auditRows('unit.create');
    expect(row).toMatchObject({ outcome: 'NOT_FOUND', target: 'dept-orphan' });
  });

  it('answers a malformed id with BAD_USER_INPUT, and audits it', async () => {
    const response = await hub.gql('mutation { revokeApiKey(id: "not-a-uuid") { id } }', {}, { credential: leader });
    expect(onlyError(response).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const [row] = await auditRows('apiKey.revoke');
    expect(row).toMatchObject({ outcome: 'BAD_USER_INPUT', target: 'not-a-uuid' });
  });

  it('audits failed log-ins under the name that was tried', async () => {
    await hub.gql('mutation { login(input: {username: "mallory", password: "guess"}) { accessToken } }');
    const [row] = await auditRows('auth.login');
    expect(row).toMatchObject({ outcome: 'UNAUTHENTICATED', actorKind: 'ANONYMOUS', actorName: 'mallory' });
  });

  it('lets the database itself refuse UPDATE, DELETE and TRUNCATE', async () => {
    for (const statement of ['UPDATE audit_entry SET outcome = $$OK$$', 'DELETE FROM audit_entry', 'TRUNCATE audit_entry']) {
      await expect(hub.sql(statement)).rejects.toThrow(/append-only/);
    }
  });

  it('reports a row altered behind the guard at that row, through GraphQL and npm run audit:verify', async () => {
    const cliEnv = hubCliEnv(hub);
    expect((await runHubCliAsync('audit-verify.js', [], cliEnv)).stdout).toMatch(/audit chain intact/);

    const rows = await hub.sql('SELECT id FROM audit_entry ORDER BY id');
    const victim = rows[Math.floor(rows.length / 2)].id as string;
    await hub.sql(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_immutable`);
    await hub.sql(`UPDATE audit_entry SET outcome = 'OK', actor_name = 'someone else' WHERE id = $1`, [victim]);
    await hub.sql(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_immutable`);

    const report = (await hub.gql(CHAIN, {}, { credential: supervisor })).data!.auditChainStatus;
    expect(report).toMatchObject({ intact: false, firstBrokenId: victim, reason: expect.stringContaining('altered') });

    const verified = await runHubCliAsync('audit-verify.js', [], cliEnv);
    expect(verified.code).toBe(3);
    expect(verified.stdout).toContain(`BROKEN at row ${victim}`);
  });
});
