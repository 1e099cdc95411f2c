import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '../common/chinese-names';

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
export const NORMATIVE_KIND_NAMES: Record<NormativeKind, string> = {
  LAW: '法律',
  REGULATION: '法规',
  RULE: '规章',
  TECHNICAL_SPECIFICATION: '技术规范',
  INDUSTRY_STANDARD: '行业标准',
  DISCRETION_BENCHMARK: '裁量基准',
  WORKFLOW: '执法流程',
};
registerEnumType(NormativeKind, {
  name: 'NormativeKind',
  description: '规范类别 kind of normative document (§4(1)1)',
  valuesMap: describedValues(NORMATIVE_KIND_NAMES, {
    LAW: 'law',
    REGULATION: 'regulation',
    RULE: 'rule',
    TECHNICAL_SPECIFICATION: 'technical specification',
    INDUSTRY_STANDARD: 'industry standard',
    DISCRETION_BENCHMARK: 'discretion benchmark',
    WORKFLOW: 'enforcement workflow',
  }),
});
