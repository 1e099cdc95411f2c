import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ActorKind, ApiKeyScope, Role, UnitKind } from '@hub/shared-schema';
import { AccountsService } from '../modules/auth/accounts.service';
import { ApiKeysService } from '../modules/auth/api-keys.service';
import { JOINT_MEETING_OFFICE_CODE, JUSTICE_BUREAU_CODE } from '../modules/units/reference-units';

const QINGYANG = '350582001'; // 青阳街道
const MARKET_REGULATION = 'dept-market-regulation';

export interface DemoCredentials {
  /** A party with licences and a penalty to try partyProfile and permitStatus on. */
  sampleUscc?: string;
  users: Array<{ persona: string; username: string; password: string; unitCode: string; roles: Role[] }>;
  apiKey: { persona: string; unitCode: string; secret: string };
}

const PERSONAS: Array<{ persona: string; username: string; displayName: string; unitCode: string; roles: Role[] }> = [
  { persona: 'administrator', username: 'demo-admin', displayName: '演示管理员', unitCode: JOINT_MEETING_OFFICE_CODE, roles: [Role.ADMIN] },
  {
    persona: 'supervisor',
    username: 'demo-supervisor',
    displayName: '演示监督员',
    unitCode: JOINT_MEETING_OFFICE_CODE,
    roles: [Role.SUPERVISOR],
  },
  {
    persona: 'statistician',
    username: 'demo-statistician',
    displayName: '演示统计员',
    unitCode: JUSTICE_BUREAU_CODE,
    roles: [Role.STATISTICIAN],
  },
  { persona: 'town officer', username: 'demo-officer', displayName: '演示执法队员', unitCode: QINGYANG, roles: [Role.OFFICER] },
  { persona: 'unit leader', username: 'demo-leader', displayName: '演示负责人', unitCode: QINGYANG, roles: [Role.LEADER] },
];

/**
 * One credential per persona for the embedded demo, created on first start and kept (readable by the
 * operator only) in the data folder so every start can print them. Never used with a real database.
 */
export async function ensureDemoCredentials(
  file: string,
  accounts: AccountsService,
  apiKeys: ApiKeysService,
  seedData: () => Promise<string>,
): Promise<DemoCredentials> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
  const system = {
    kind: ActorKind.USER,
    id: 'demo-seed',
    name: 'demo-seed',
    unitCode: JOINT_MEETING_OFFICE_CODE,
    unitKind: UnitKind.JOINT_MEETING_OFFICE,
    roles: [Role.ADMIN],
    scopes: [],
  };
  const users: DemoCredentials['users'] = [];
  for (const persona of PERSONAS) {
    const password = randomBytes(9).toString('base64url');
    const existing = (await accounts.list(persona.unitCode)).some((u) => u.username === persona.username);
    if (existing) continue; // created by an earlier start whose credentials file was removed: leave it alone
    await accounts.create({ ...persona, password: `demo-${password}` });
    users.push({
      persona: persona.persona,
      username: persona.username,
      password: `demo-${password}`,
      unitCode: persona.unitCode,
      roles: persona.roles,
    });
  }
  const issued = await apiKeys.issue(
    {
      unitCode: MARKET_REGULATION,
      name: 'demo licensing system',
      scopes: [ApiKeyScope.READ, ApiKeyScope.PUBLISH, ApiKeyScope.SUBSCRIBE, ApiKeyScope.UNIT_PROFILE],
    },
    system,
  );
  const credentials: DemoCredentials = {
    users,
    apiKey: { persona: 'department system', unitCode: MARKET_REGULATION, secret: issued.secret },
  };
  credentials.sampleUscc = await seedData();
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
