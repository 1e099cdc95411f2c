import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '../common/chinese-names';

export enum LicensingKind {
  LICENCE = 'LICENCE',
  CONFIRMATION = 'CONFIRMATION',
  FILING = 'FILING',
}
/** 许可类别 in words a reader reads. */
export const LICENSING_KIND_NAMES: Record<LicensingKind, string> = {
  LICENCE: '行政许可',
  CONFIRMATION: '行政确认',
  FILING: '备案登记',
};
registerEnumType(LicensingKind, {
  name: 'LicensingKind',
  description: '许可类别 kind of licensing decision',
  valuesMap: describedValues(LICENSING_KIND_NAMES, {
    LICENCE: 'administrative licence',
    CONFIRMATION: 'administrative confirmation',
    FILING: 'filing and registration',
  }),
});

export enum LicenceStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
/** 许可状态 in words an officer reads. */
export const LICENCE_STATUS_NAMES: Record<LicenceStatus, string> = {
  VALID: '有效',
  SUSPENDED: '暂扣/中止',
  REVOKED: '撤销/吊销',
  EXPIRED: '已过期',
  WITHDRAWN: '已撤回',
};
registerEnumType(LicenceStatus, {
  name: 'LicenceStatus',
  description:
    '许可状态 licence status; EXPIRED (from the validity dates) and WITHDRAWN (the record was withdrawn) are derived when read, never published',
  valuesMap: describedValues(LICENCE_STATUS_NAMES, {
    VALID: 'valid',
    SUSPENDED: 'suspended',
    REVOKED: 'revoked by the department',
    EXPIRED: 'past its validity',
    WITHDRAWN: 'the publishing department withdrew the record (revokeRecord); it covers nothing until reinstated',
  }),
});

export enum PermitReasonCode {
  COVERED = 'COVERED',
  NO_LICENCE = 'NO_LICENCE',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  WITHDRAWN = 'WITHDRAWN',
  NOT_COVERED = 'NOT_COVERED',
}
registerEnumType(PermitReasonCode, {
  name: 'PermitReasonCode',
  description: '核验结论代码 why a permit check came out as it did, stable for machines (`reason` says it in Chinese)',
  valuesMap: {
    COVERED: { description: '有效许可覆盖 a valid licence covers the matter on the date' },
    NO_LICENCE: { description: '无许可记录 the party has no licence for the matter on record' },
    NOT_YET_VALID: { description: '尚未生效 the newest licence is valid only from a later date' },
    EXPIRED: { description: '已过期 the newest licence is past its validity' },
    SUSPENDED: { description: '暂扣/中止 the newest licence is suspended' },
    REVOKED: { description: '撤销/吊销 the newest licence was revoked by the department' },
    WITHDRAWN: { description: '已撤回 the only licences on record were withdrawn by their publisher' },
    NOT_COVERED: { description: '未覆盖 no valid licence for another reason' },
  },
});
