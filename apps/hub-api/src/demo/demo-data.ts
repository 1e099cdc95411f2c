import { ActorKind, ApiKeyScope, LicenceStatus, LicensingKind, Role, UnitKind } from '@hub/shared-schema';
import { ExecutionStatus, MeasureKind, RegulationClass } from '@hub/shared-schema';
import { Actor } from '../common/auth/actor';
import { LicensingService } from '../modules/licensing/licensing.service';
import { MattersService } from '../modules/matters/matters.service';
import { PenaltiesService } from '../modules/penalties/penalties.service';
import { Clock } from '../common/time/clock';
import { RequestContext } from '../common/context/request-context';

const QINGYANG = '350582001';
const ANHAI = '350582101';
const MARKET = 'dept-market-regulation';

/** A valid USCC for demo company `n` (GB 32100 check character). */
function demoUscc(n: number): string {
  const symbols = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const first17 = `91350582MA${String(n).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += symbols.indexOf(first17[i]) * (3 ** i % 31);
  return first17 + symbols[(31 - (sum % 31)) % 31];
}

const actor = (unitCode: string, unitKind: UnitKind): Actor => ({
  kind: ActorKind.API_KEY,
  id: 'demo-seed',
  name: 'demo-seed',
  unitCode,
  unitKind,
  roles: [Role.CONNECTOR],
  scopes: [ApiKeyScope.PUBLISH],
});

/**
 * A little of everything an officer would look up, so a first-time user of the embedded demo sees the
 * party profile and permit check work: a catalog entry, licences in several states, a penalty.
 * Seeded once, with the demo credentials; never with a configured database unless HUB_DEMO is on.
 */
export async function seedDemoData(
  matters: MattersService,
  licensing: LicensingService,
  penalties: PenaltiesService,
  clock: Clock,
): Promise<string> {
  // Published as each unit's own system would, outside any request.
  const as = (unitCode: string, unitKind: UnitKind) => RequestContext.forRequest(clock, actor(unitCode, unitKind), null);
  await matters.save({
    code: 'SCJG-SP-001',
    name: '超出食品经营许可范围经营的处罚',
    legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
    regulationClass: RegulationClass.LICENSED_VIOLATION,
    sourceDepartmentCode: MARKET,
    townshipCodes: [QINGYANG, ANHAI],
    effectiveFrom: '2021-07-01',
  });
  const licence = (n: number, holderName: string, validTo: string | null, status: LicenceStatus) => ({
    sourceId: `DEMO-JY-${n}`,
    kind: LicensingKind.LICENCE,
    licenceNumber: `JY13505820000${n}`,
    holderName,
    holderUscc: demoUscc(n),
    matterCode: 'SCJG-SP-001',
    scope: '预包装食品（含冷藏冷冻食品）销售',
    townshipCode: n % 2 ? QINGYANG : ANHAI,
    validFrom: '2023-01-01',
    validTo,
    status,
    decisionDate: '2023-01-01',
  });
  await licensing.publishBatch(as(MARKET, UnitKind.DEPARTMENT), [
    licence(1, '晋江市青阳华丰食品商行', '2028-12-31', LicenceStatus.VALID),
    licence(2, '晋江市安海顺昌便利店', '2025-06-30', LicenceStatus.VALID),
    licence(3, '晋江市青阳鸿福餐饮店', '2028-12-31', LicenceStatus.SUSPENDED),
  ]);
  await penalties.publishBatch(as(QINGYANG, UnitKind.SUBDISTRICT), [
    {
      sourceId: 'DEMO-QY-CF-1',
      measureKind: MeasureKind.PENALTY,
      decisionNumber: '晋青综执罚决字〔2026〕1号',
      partyName: '晋江市青阳鸿福餐饮店',
      partyUscc: demoUscc(3),
      matterCode: 'SCJG-SP-001',
      facts: '超出许可范围经营冷食类食品',
      legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
      penaltyKinds: ['警告', '罚款'],
      fineAmount: '5000',
      decisionDate: '2026-03-01',
      executionStatus: ExecutionStatus.EXECUTED,
    },
  ]);
  return demoUscc(3);
}
