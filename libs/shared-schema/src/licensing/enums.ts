import { chineseEnum, chineseNames, describedEnum, EnumValue } from '../common/chinese-names';

export const LicensingKind = chineseEnum('LicensingKind', '许可类别 kind of licensing decision', {
  LICENCE: ['行政许可', 'administrative licence'],
  CONFIRMATION: ['行政确认', 'administrative confirmation'],
  FILING: ['备案登记', 'filing and registration'],
});
export type LicensingKind = EnumValue<typeof LicensingKind>;
/** 许可类别 in words a reader reads. */
export const LICENSING_KIND_NAMES = chineseNames(LicensingKind);

export const LicenceStatus = chineseEnum(
  'LicenceStatus',
  '许可状态 licence status; EXPIRED (from the validity dates) and WITHDRAWN (the record was withdrawn) are derived when read, never published',
  {
    VALID: ['有效', 'valid'],
    SUSPENDED: ['暂扣/中止', 'suspended'],
    REVOKED: ['撤销/吊销', 'revoked by the department'],
    EXPIRED: ['已过期', 'past its validity'],
    WITHDRAWN: ['已撤回', 'the publishing department withdrew the record (revokeRecord); it covers nothing until reinstated'],
  },
);
export type LicenceStatus = EnumValue<typeof LicenceStatus>;
/** 许可状态 in words an officer reads. */
export const LICENCE_STATUS_NAMES = chineseNames(LicenceStatus);

export const PermitReasonCode = describedEnum(
  'PermitReasonCode',
  '核验结论代码 why a permit check came out as it did, stable for machines (`reason` says it in Chinese)',
  {
    COVERED: '有效许可覆盖 a valid licence covers the matter on the date',
    NO_LICENCE: '无许可记录 the party has no licence for the matter on record',
    NOT_YET_VALID: '尚未生效 the newest licence is valid only from a later date',
    EXPIRED: '已过期 the newest licence is past its validity',
    SUSPENDED: '暂扣/中止 the newest licence is suspended',
    REVOKED: '撤销/吊销 the newest licence was revoked by the department',
    WITHDRAWN: '已撤回 the only licences on record were withdrawn by their publisher',
    NOT_COVERED: '未覆盖 no valid licence for another reason',
  },
);
export type PermitReasonCode = EnumValue<typeof PermitReasonCode>;
