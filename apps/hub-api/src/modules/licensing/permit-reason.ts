import { LICENCE_STATUS_NAMES, LicenceStatus, PermitReasonCode } from '@hub/shared-schema';
import { licenceStatusOn } from './licence-status';
import { LicensingDecisionEntity } from './licensing-decision.entity';

type Licence = Pick<LicensingDecisionEntity, 'licenceNumber' | 'status' | 'validFrom' | 'validTo' | 'revokedAt' | 'revokeReason'>;

export interface PermitReason {
  reasonCode: PermitReasonCode;
  reason: string;
}

const CODE_OF_STATUS: Partial<Record<LicenceStatus, PermitReasonCode>> = {
  [LicenceStatus.SUSPENDED]: PermitReasonCode.SUSPENDED,
  [LicenceStatus.REVOKED]: PermitReasonCode.REVOKED,
  [LicenceStatus.EXPIRED]: PermitReasonCode.EXPIRED,
  [LicenceStatus.WITHDRAWN]: PermitReasonCode.WITHDRAWN,
};

/** One licence's state on `date`, in the officer's words (许可证号 and what stands in the way). */
function describe(licence: Licence, date: string): { code: PermitReasonCode; text: string } {
  if (licence.validFrom > date && !licence.revokedAt) {
    return { code: PermitReasonCode.NOT_YET_VALID, text: `许可证 ${licence.licenceNumber} 尚未生效（${licence.validFrom} 起有效）` };
  }
  const status = licenceStatusOn(licence, date);
  const detail =
    status === LicenceStatus.EXPIRED
      ? `（有效期至 ${licence.validTo}）`
      : status === LicenceStatus.WITHDRAWN
        ? `（撤回原因：${licence.revokeReason}）`
        : '';
  return {
    code: CODE_OF_STATUS[status] ?? PermitReasonCode.NOT_COVERED,
    text: `许可证 ${licence.licenceNumber} ${LICENCE_STATUS_NAMES[status]}${detail}`,
  };
}

/** 许可核验结论: why a licence covers the matter on `date`, or why none does, with a code for machines. */
export function permitReason(covering: Licence | undefined, licences: Licence[], date: string, matterName: string): PermitReason {
  if (covering) {
    return { reasonCode: PermitReasonCode.COVERED, reason: `许可证 ${covering.licenceNumber} 在 ${date} 有效，覆盖事项“${matterName}”` };
  }
  if (!licences.length) return { reasonCode: PermitReasonCode.NO_LICENCE, reason: `该主体没有事项“${matterName}”的许可记录` };
  const described = licences.map((licence) => describe(licence, date));
  // The code is that of the licence an officer would look at first: the newest that was not withdrawn.
  const first = described[licences.findIndex((l) => !l.revokedAt)] ?? described[0];
  return { reasonCode: first.code, reason: `${date} 没有有效的“${matterName}”许可：${described.map((d) => d.text).join('；')}` };
}
