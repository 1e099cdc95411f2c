import { createHash, randomBytes } from 'node:crypto';
import { ApiKeyScope, Role } from '@hub/shared-schema';
import { AccountsService } from '../../apps/hub-api/src/modules/auth/accounts.service';
import { ANHAI, FOOD_MATTER, licence, MARKET, penalty, PUBLISH_LICENCES, QINGYANG } from '../utils/fixtures';
import { candidateIdNumber, ID_NUMBER_SEARCHES, searchAll } from '../utils/id-number-searches';
import { eventually } from '../utils/wait';
import { startTestApp, TestApp } from '../utils/test-app';
import { recordAttacks } from './fault-figures';

/** The hub's default quota: the attack runs against what an operator gets without configuring anything. */
const QUOTA = 30;
const TARGET_DAY = 200; // 1990-07-20: found after 14 requests of 15 aliases without a quota
const TARGET = candidateIdNumber(TARGET_DAY);

/**
 * Personal information stays confidential (§5(1)), tried as the security review did it: a town officer
 * who sees a masked ID number on another town's penalty enumerates birth dates through the exact-match
 * `partyIdNumber` filter, 15 aliases a request, until a search answers a record; an administrator tries
 * to reverse the audit trail's record of the searches. Every attempt must end in a refusal (or in nothing
 * to learn), never in the number.
 */
describe('security: masked ID numbers cannot be recovered (fault)', () => {
  let hub: TestApp;
  let admin: string;
  let tried = 0;
  let mishandled = 0;
  /** One attack: `refused` is whether the hub answered it as the defence requires. */
  const attack = (refused: boolean) => {
    tried += 1;
    if (!refused) mishandled += 1;
  };

  async function outcomesOf(requestIds: string[], total: number): Promise<Array<{ outcome: string; target: string }>> {
    return eventually(
      () =>
        hub.sql<{ outcome: string; target: string }>(
          `SELECT outcome, target FROM audit_entry WHERE request_id = ANY($1) AND operation LIKE '%.search.idNumber'`,
          [requestIds],
        ),
      (rows) => rows.length >= total,
    );
  }

  beforeAll(async () => {
    hub = await startTestApp({ HUB_DELIVERY_WORKER: 'false' });
    admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
    await hub.gql(
      'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }',
      { input: FOOD_MATTER },
      { credential: admin },
    );
    const town = await hub.apiKey(QINGYANG, [ApiKeyScope.PUBLISH]);
    const published = await hub.gql(
      `mutation($input: PenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { id } }`,
      {
        input: penalty(1, { partyUscc: null, partyIdNumber: TARGET, partyName: '张三', partyPhone: '13905957788' }),
      },
      { credential: town },
    );
    expect(published.errors).toBeUndefined();
    const market = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH]);
    await hub.gql(
      PUBLISH_LICENCES,
      { records: [licence(1, { holderUscc: null, holderIdNumber: TARGET, holderName: '张三' })] },
      { credential: market },
    );
  });
  afterAll(async () => {
    recordAttacks('security: ID-number enumeration', { tried, mishandled });
    await hub.close();
  });

  it("shows another town's officer neither the region, the birth date nor the sequence of the number", async () => {
    const officer = await hub.userToken([Role.OFFICER], ANHAI);
    const reads = [
      (await hub.gql('{ penaltyDecisions(partyNameContains: "张三") { nodes { partyIdNumber partyPhone } } }', {}, { credential: officer }))
        .data!.penaltyDecisions.nodes[0],
      (await hub.gql('{ licensingDecisions(holderNameContains: "张三") { nodes { holderIdNumber } } }', {}, { credential: officer })).data!
        .licensingDecisions.nodes[0],
      (
        await hub.gql(
          '{ partyProfile(name: "张三") { penalties { partyIdNumber } licences { holderIdNumber } } }',
          {},
          { credential: officer },
        )
      ).data!.partyProfile,
    ];
    for (const read of reads) {
      const text = JSON.stringify(read);
      // What the mask gives away: at most the first and last character of the 18.
      attack(
        text.includes(`3****************${TARGET.slice(-1)}`) &&
          !text.includes(TARGET.slice(1, 6)) &&
          !text.includes(TARGET.slice(6, 14)) &&
          !text.includes(TARGET.slice(14, 17)),
      );
    }
    attack(JSON.stringify(reads[0]).includes('*******7788') && !JSON.stringify(reads[0]).includes('1390595'));
  });

  it('cuts the birth-date enumeration off at the quota: the number is never found', async () => {
    const officer = await hub.userToken([Role.OFFICER], ANHAI);
    const requestIds: string[] = [];
    let found = false;
    let unexpected = 0;
    // A whole year of birth dates, 15 aliases a request, as the review's 67 requests did.
    for (let day = 0; day < 360; day += 15) {
      const requestId = `enumerate-${day}`;
      requestIds.push(requestId);
      const answer = await searchAll(
        hub.url,
        officer,
        Array.from({ length: 15 }, (_, i) => candidateIdNumber(day + i)),
        requestId,
      );
      if (Object.values(answer.data ?? {}).some((a: any) => a?.nodes?.length)) found = true;
      unexpected += (answer.errors ?? []).filter((e) => e.extensions?.code !== 'RATE_LIMITED').length;
    }
    const rows = await outcomesOf(requestIds, 360);
    const answered = rows.filter((r) => r.outcome === 'OK').length;
    // Each search past the quota is one attempt, refused one by one.
    const beyond = rows.length - QUOTA;
    tried += beyond;
    mishandled += Math.max(0, answered - QUOTA) + unexpected;
    attack(!found);
    expect({ found, answered, refused: rows.length - answered, unexpected }).toEqual({
      found: false,
      answered: QUOTA,
      refused: 360 - QUOTA,
      unexpected: 0,
    });
  });

  it('refuses the same enumeration through every other ID-number search, and after logging in again', async () => {
    const username = `enum-${randomBytes(3).toString('hex')}`;
    const password = `pw-${randomBytes(12).toString('hex')}`;
    await hub.app.get(AccountsService).create({ username, displayName: username, unitCode: ANHAI, roles: [Role.OFFICER], password });
    const login = async () =>
      (await hub.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { username, password } })).data!
        .login.accessToken as string;
    const token = await login();
    await searchAll(
      hub.url,
      token,
      Array.from({ length: 15 }, (_, i) => candidateIdNumber(i)),
      'burn-1',
    );
    await searchAll(
      hub.url,
      token,
      Array.from({ length: 15 }, (_, i) => candidateIdNumber(15 + i)),
      'burn-2',
    );
    await outcomesOf(['burn-1', 'burn-2'], QUOTA);

    const fresh = await login(); // a new token is the same caller
    for (const [credential, label] of [
      [token, 'same'],
      [fresh, 'fresh'],
    ] as const) {
      for (const field of Object.keys(ID_NUMBER_SEARCHES) as Array<keyof typeof ID_NUMBER_SEARCHES>) {
        const answer = await searchAll(hub.url, credential, [TARGET], `after-${label}-${field}`, field);
        attack(answer.data === null && answer.errors?.length === 1 && answer.errors[0].extensions?.code === 'RATE_LIMITED');
      }
    }
  });

  it('searches by ID number stay exact: prefixes, wildcards and near-misses are refused as bad input', async () => {
    const officer = await hub.userToken([Role.OFFICER], ANHAI);
    const partials = [
      TARGET.slice(0, 14),
      `${TARGET.slice(0, 14)}%`,
      `${TARGET.slice(0, 6)}________${TARGET.slice(14)}`,
      `%${TARGET.slice(-4)}`,
      `${TARGET.slice(0, 17)}*`,
      ` ${TARGET}`,
    ];
    for (const [i, partial] of partials.entries()) {
      const answer = await hub.gql(
        `query($n: String) { penaltyDecisions(partyIdNumber: $n) { nodes { id } } }`,
        { n: partial },
        { credential: officer, headers: { 'x-request-id': `partial-${i}` } },
      );
      attack(answer.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' && answer.errors[0].extensions.field === 'partyIdNumber');
    }
  });

  it('gives an administrator reading the audit trail nothing to test guesses against', async () => {
    const page = await hub.gql(
      `{ auditLog(operation: "penalty.search.idNumber", first: 100) { nodes { target outcome } } }`,
      {},
      { credential: admin },
    );
    expect(page.errors).toBeUndefined();
    const targets = new Set<string>(page.data!.auditLog.nodes.map((n: any) => n.target));
    expect(targets.size).toBeGreaterThan(0);
    // The review's reversal: hash every candidate the plain way and look it up.
    const candidates = Array.from({ length: 366 }, (_, day) => candidateIdNumber(day));
    const plain = (n: string) => createHash('sha256').update(n).digest('hex');
    const matched = candidates.filter((n) => [...targets].some((t) => t.includes(plain(n).slice(0, 16)) || t.includes(n)));
    attack(matched.length === 0 && [...targets].every((t) => /^hmac-sha256:[0-9a-f]{64}$/.test(t)));
    attack(!JSON.stringify(page.data).includes(TARGET));
  });
});
