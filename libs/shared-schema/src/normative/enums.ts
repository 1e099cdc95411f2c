import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const NormativeKind = chineseEnum('NormativeKind', '规范类别 kind of normative document (§4(1)1)', {
  LAW: ['法律', 'law'],
  REGULATION: ['法规', 'regulation'],
  RULE: ['规章', 'rule'],
  TECHNICAL_SPECIFICATION: ['技术规范', 'technical specification'],
  INDUSTRY_STANDARD: ['行业标准', 'industry standard'],
  DISCRETION_BENCHMARK: ['裁量基准', 'discretion benchmark'],
  WORKFLOW: ['执法流程', 'enforcement workflow'],
});
export type NormativeKind = EnumValue<typeof NormativeKind>;
/** 规范类别 in words a reader reads. */
export const NORMATIVE_KIND_NAMES = chineseNames(NormativeKind);
