import { generateKeyPairSync, sign } from 'node:crypto';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { Role } from '@hub/shared-schema';
import { parseSigningKey } from '../../apps/hub-api/src/common/crypto/ed25519-keys';
import { checkpointPrefix } from '../../apps/hub-api/src/modules/audit-checkpoints/audit-checkpoint';
import { MinioObjectStore } from '../../apps/hub-api/src/object-store/minio-object-store';
import { HUB_MAIN, runHubCliAsync } from '../utils/hub-process';
import { hubCliEnv, startTestApp, TEST_JWT_SECRET, TestApp, testObjectStoreEnv } from '../utils/test-app';
import { eventually } from '../utils/wait';
import { recordAttacks, recordTamperings } from './fault-figures';

/**
 * The audit trail (审计日志, the record §6(3) accountability rests on) against the database's owner. Each
 * tampering is done with the superuser's credentials (the tests' own `sql`), after the hub has written a
 * signed checkpoint of the chain's head to the object store; `auditChainStatus` and `npm run
 * audit:verify` must both report it.
 */
const CHAIN = `{ auditChainStatus { intact checked firstBrokenId reason checkpointsChecked checkpointsDisagreeing
  firstBadCheckpoint { key lastId recordedAt problem detail } latestCheckpointAt } }`;

/** Re-links every row from `fromId` on and re-hashes it with the database's own audit_entry_hash, triggers off. */
const rechainFrom = (fromId: string) => `
  DO $$
  DECLARE r record; prev char(64);
  BEGIN
    SELECT hash INTO prev FROM audit_entry WHERE id < ${Number(fromId)} ORDER BY id DESC LIMIT 1;
    prev := coalesce(prev, repeat('0', 64));
    FOR r IN SELECT id FROM audit_entry WHERE id >= ${Number(fromId)} ORDER BY id LOOP
      UPDATE audit_entry SET prev_hash = prev WHERE id = r.id;
      UPDATE audit_entry e SET hash = audit_entry_hash(e) WHERE e.id = r.id RETURNING e.hash INTO prev;
    END LOOP;
  END $$;`;

/** The run's object store, reached directly (as anyone holding the store's credentials could). */
const store = () => {
  const env = testObjectStoreEnv();
  return new MinioObjectStore({
    endpoint: env.S3_ENDPOINT,
    accessKey: env.S3_ACCESS_KEY,
    secretKey: env.S3_SECRET_KEY,
    bucket: env.S3_BUCKET,
    region: 'us-east-1',
    embeddedPort: 0,
  });
};

interface Trail {
  api: TestApp;
  supervisor: string;
  ids: string[];
  chain(): Promise<Record<string, any>>;
}

/** A hub writing checkpoints every second, a trail of audit rows (Chinese text, NULLs, jsonb), and a checkpoint of its head. */
async function trailWithCheckpoint(): Promise<Trail> {
  const api = await startTestApp({ AUDIT_CHECKPOINT_INTERVAL_MS: '1000' });
  const supervisor = await api.userToken([Role.SUPERVISOR], 'joint-meeting-office');
  const leader = await api.userToken([Role.LEADER], '350582001');
  for (const username of ['张三', 'mallory', 'li\\si "x"']) {
    await api.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { username, password: 'wrong-password' },
    });
  }
  await api.gql('mutation { updateUnitContact(input: {unitCode: "350582001", name: "陈一"}) { code } }', {}, { credential: leader });
  const ids = (await api.sql<{ id: string }>('SELECT id::text AS id FROM audit_entry ORDER BY id')).map((r) => r.id);
  const head = ids[ids.length - 1];
  const prefix = checkpointPrefix(parseSigningKey(api.auditSigningKey)!);
  await eventually(
    () => store().list(prefix),
    (keys) => keys.some((key) => key.startsWith(`${prefix}${head.padStart(20, '0')}-`)),
  );
  const chain = async () => (await api.gql(CHAIN, {}, { credential: supervisor })).data!.auditChainStatus as Record<string, any>;
  expect(await chain()).toMatchObject({ intact: true, firstBrokenId: null, firstBadCheckpoint: null });
  return { api, supervisor, ids, chain };
}

/** Both verifiers' verdicts on the tampered trail. */
async function verdicts(trail: Trail) {
  const report = await trail.chain();
  const cli = await runHubCliAsync('audit-verify.js', [], hubCliEnv(trail.api));
  return { report, cli };
}

describe('security: the audit chain against its database owner (fault suite)', () => {
  let tried = 0;
  let detected = 0;
  const trails: TestApp[] = [];
  afterAll(async () => {
    recordTamperings('security: audit chain (database owner)', { tried, detected });
    await Promise.all(trails.map((api) => api.close()));
    expect(detected).toBe(tried);
  });

  /** One tampering: done, then counted detected when GraphQL and the CLI both report it as `expectReport` says. */
  async function tamper(
    tampering: (trail: Trail) => Promise<void>,
    expectReport: (report: Record<string, any>, trail: Trail) => void,
  ): Promise<Awaited<ReturnType<typeof verdicts>>> {
    const trail = await trailWithCheckpoint();
    trails.push(trail.api);
    tried++;
    await tampering(trail);
    const result = await verdicts(trail);
    expect(result.report.intact).toBe(false);
    expectReport(result.report, trail);
    expect(result.cli.code).toBe(3);
    detected++;
    return result;
  }

  it('(a) replica mode, a row rewritten, it and every later row re-hashed with audit_entry_hash: the checkpoint disagrees', async () => {
    const { cli } = await tamper(
      async ({ api, ids }) => {
        const victim = ids[Math.floor(ids.length / 2)];
        await api.sql(`SET session_replication_role = replica;
          UPDATE audit_entry SET actor_name = 'someone else', outcome = 'OK' WHERE id = ${Number(victim)};
          ${rechainFrom(victim)}
          SET session_replication_role = origin;`);
      },
      (report, { ids }) => {
        // Every link holds again (the hashes were recomputed the database's way) …
        expect(report.firstBrokenId).toBeNull();
        // … but the first checkpoint at or after the rewritten row no longer matches its row's hash.
        expect(report.firstBadCheckpoint).toMatchObject({ problem: 'HASH_DIFFERS' });
        expect(BigInt(report.firstBadCheckpoint.lastId)).toBeGreaterThanOrEqual(BigInt(ids[Math.floor(ids.length / 2)]));
        expect(report.reason).toContain(report.firstBadCheckpoint.key);
      },
    );
    expect(cli.stdout).toMatch(/audit checkpoint DISAGREES: audit-checkpoints\/\S+ \(HASH_DIFFERS\)/);
  });

  it('(b) a middle row deleted and the rest re-chained: the checkpoint disagrees', async () => {
    await tamper(
      async ({ api, ids }) => {
        const victim = ids[Math.floor(ids.length / 2)];
        await api.sql(`SET session_replication_role = replica;
          DELETE FROM audit_entry WHERE id = ${Number(victim)};
          ${rechainFrom(String(Number(victim) + 1))}
          SET session_replication_role = origin;`);
      },
      (report) => {
        expect(report.firstBrokenId).toBeNull();
        // A checkpoint written while the rows were being added may have ended at the very row deleted: that
        // checkpoint then names its head as gone, which is the same tampering seen first.
        expect(['HASH_DIFFERS', 'COUNT_DIFFERS', 'LAST_ROW_MISSING']).toContain(report.firstBadCheckpoint.problem);
      },
    );
  });

  it('(c) the newest rows deleted: the checkpoint names the row that is gone', async () => {
    const { cli } = await tamper(
      async ({ api, ids }) => {
        await api.sql(`SET session_replication_role = replica;
          DELETE FROM audit_entry WHERE id >= ${Number(ids[ids.length - 2])};
          SET session_replication_role = origin;`);
      },
      (report, { ids }) => {
        expect(report.firstBrokenId).toBeNull();
        // The first checkpoint that ended at a deleted row (one written while the rows were being added may come first).
        expect(report.firstBadCheckpoint).toMatchObject({ problem: 'LAST_ROW_MISSING' });
        expect(ids.slice(-2)).toContain(report.firstBadCheckpoint.lastId);
      },
    );
    expect(cli.stdout).toContain('LAST_ROW_MISSING');
  });

  it('(d) audit_entry_hash replaced by one that returns the stored hash, then a row altered: the hub recomputes it in Node', async () => {
    let victim = '';
    const { cli } = await tamper(
      async ({ api, ids }) => {
        victim = ids[1];
        await api.sql(`CREATE OR REPLACE FUNCTION audit_entry_hash(e audit_entry) RETURNS char(64) LANGUAGE sql IMMUTABLE AS $$ SELECT e.hash $$;
          SET session_replication_role = replica;
          UPDATE audit_entry SET actor_name = 'nobody' WHERE id = ${Number(victim)};
          SET session_replication_role = origin;`);
        // The database's own check now finds nothing wrong: only a verifier outside it can.
        const [{ broken }] = await api.sql(`SELECT count(*)::int AS broken FROM audit_entry a WHERE a.hash <> audit_entry_hash(a)`);
        expect(broken).toBe(0);
      },
      (report) => expect(report).toMatchObject({ firstBrokenId: victim, reason: expect.stringContaining('altered') }),
    );
    expect(cli.stdout).toContain(`BROKEN at row ${victim}`);
  });

  it('(e) a forged checkpoint and an altered one in the store: each is reported as not signed by the hub', async () => {
    const { report } = await tamper(
      async ({ api, ids }) => {
        const prefix = checkpointPrefix(parseSigningKey(api.auditSigningKey)!);
        const s3 = store();
        // Altered: the hub's own checkpoint with its count changed, signature kept.
        const [key] = await s3.list(prefix);
        const original = JSON.parse((await s3.getObject(key))!.toString()) as { payload: string; signature: string };
        const changed = {
          ...original,
          payload: original.payload.replace(/"count":(\d+)/, (_all, n: string) => `"count":${Number(n) + 1000}`),
        };
        await s3.putObject(key, Buffer.from(JSON.stringify(changed)), 'application/json');
        // Forged: a claim signed with another key, under the hub's folder.
        const other = generateKeyPairSync('ed25519').privateKey;
        const payload = JSON.stringify({
          format: 'hub-audit-checkpoint/1',
          database: api.db.name,
          lastId: ids[0],
          hash: 'f'.repeat(64),
          count: 1,
          at: new Date().toISOString(),
        });
        const forged = JSON.stringify({ payload, signature: sign(null, Buffer.from(payload), other).toString('base64') });
        await s3.putObject(`${prefix}${'1'.padStart(20, '0')}-forged.json`, Buffer.from(forged), 'application/json');
        tried++; // two tamperings in this case
      },
      (report) => {
        expect(report).toMatchObject({
          firstBrokenId: null,
          firstBadCheckpoint: { problem: 'SIGNATURE_INVALID' },
          checkpointsDisagreeing: 2,
        });
      },
    );
    if (report.checkpointsDisagreeing === 2) detected++;
  });
});

describe("security: what the hub's own database role may do to the audit trail (fault suite)", () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('refuses hub_app every way of rewriting the trail, and the hub refuses to start as a superuser', async () => {
    const attacks: Array<[string, string]> = [
      ['UPDATE audit_entry', `UPDATE audit_entry SET outcome = 'OK'`],
      ['DELETE audit_entry', 'DELETE FROM audit_entry'],
      ['TRUNCATE audit_entry', 'TRUNCATE audit_entry'],
      ['replica mode', 'SET session_replication_role = replica'],
      [
        'replace audit_entry_hash',
        'CREATE OR REPLACE FUNCTION audit_entry_hash(e audit_entry) RETURNS char(64) LANGUAGE sql AS $$ SELECT e.hash $$',
      ],
      ['disable the triggers', 'ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_immutable'],
      ['DELETE evidence_custody', 'DELETE FROM evidence_custody'],
      ['UPDATE change_event', `UPDATE change_event SET type = 'x'`],
      ['DELETE record_version', 'DELETE FROM record_version'],
    ];
    let mishandled = 0;
    const client = new Client({ connectionString: api.db.appUrl });
    await client.connect();
    try {
      expect((await client.query('SELECT current_user AS role')).rows[0].role).toBe('hub_app');
      // What the hub does need still works: reading and appending.
      await client.query(
        `INSERT INTO audit_entry (actor_kind, actor_name, operation, outcome) VALUES ('SYSTEM', 'test', 'test.append', 'OK')`,
      );
      for (const [name, statement] of attacks) {
        const outcome = await client.query(statement).then(
          () => 'accepted',
          (error: { code?: string }) => error.code,
        );
        if (outcome !== '42501') {
          mishandled++;
          console.error(`hub_app was not refused "${name}": ${outcome}`);
        }
      }
    } finally {
      await client.end();
    }

    // Started as the superuser (or the owner), the hub stops with one configuration line.
    const env = {
      ...hubCliEnv(api),
      DATABASE_URL: api.db.url,
      HUB_RUN_MIGRATIONS: 'false',
      HUB_DEMO: 'false',
      PORT: '0',
      LOG_LEVEL: 'silent',
      HUB_JWT_SECRET: TEST_JWT_SECRET,
    };
    const started = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [HUB_MAIN], {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    const lines = started.stderr.trim().split('\n').filter(Boolean);
    const refused =
      started.code === 1 &&
      lines.length === 1 &&
      /^Configuration error: DATABASE_URL logs in as "postgres", which is a superuser/.test(lines[0]);
    if (!refused) {
      mishandled++;
      console.error(`the hub was not refused as a superuser: exit ${started.code}, ${started.stderr}`);
    }
    recordAttacks("security: audit trail as the hub's role", { tried: attacks.length + 1, mishandled });
    expect(mishandled).toBe(0);
  }, 60_000);
});
