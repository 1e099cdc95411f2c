import { chineseEnum } from '../common/chinese-names';

export enum NormativeKind {
  LAW = 'LAW',
  REGULATION = 'REGULATION',
  RULE = 'RULE',
  TECHNICAL_SPECIFICATION = 'TECHNICAL_SPECIFICATION',
  INDUSTRY_STANDARD = 'INDUSTRY_STANDARD',
  DISCRETION_BENCHMARK = 'DISCRETION_BENCHMARK',
  WORKFLOW = 'WORKFLOW',
}
/** 规范类别 in words a reader reads. */
export const NORMATIVE_KIND_NAMES = chineseEnum(NormativeKind, 'NormativeKind', '规范类别 kind of normative document (§4(1)1)', {
  LAW: ['法律', 'law'],
  REGULATION: ['法规', 'regulation'],
  RULE: ['规章', 'rule'],
  TECHNICAL_SPECIFICATION: ['技术规范', 'technical specification'],
  INDUSTRY_STANDARD: ['行业标准', 'industry standard'],
  DISCRETION_BENCHMARK: ['裁量基准', 'discretion benchmark'],
  WORKFLOW: ['执法流程', 'enforcement workflow'],
});
