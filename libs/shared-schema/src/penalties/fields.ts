import type { ExecutionStatus, MeasureKind } from './enums';
import { enumField, field, MATTER_CODE_LABELS, SOURCE_ID_FIELD } from '../records/field-spec';

const required = true;

/** The Chinese column headers of the hub's record export, per field (`publisherCode` is the publishing unit, not an input field). */
export const PENALTIES_EXPORT_HEADERS = {
  decisionNumber: '决定书文号',
  measureKind: '措施类别',
  partyName: '当事人',
  partyUscc: '统一社会信用代码',
  matterCode: '事项编码',
  penaltyKinds: '处罚种类',
  fineAmount: '罚款金额（元）',
  confiscationAmount: '没收金额（元）',
  decisionDate: '决定日期',
  executionStatus: '执行情况',
  townshipCode: '镇街',
  sourceId: '来源编号',
} as const;

/**
 * The fields of the category's publish input as a file's columns name them: each field's kind and the
 * Chinese headers a unit's own export is likely to use. The connector CLI reads it (category-fields.ts);
 * the export headers above are added to the labels there, so a hub export can be pushed back.
 */
export const PENALTIES_FIELDS = {
  sourceId: SOURCE_ID_FIELD,
  measureKind: enumField<`${MeasureKind}`>(
    { PENALTY: ['行政处罚', '处罚'], COMPULSORY_MEASURE: ['行政强制措施', '强制措施'] },
    { required, labels: ['处罚/强制', '措施类别'] },
  ),
  decisionNumber: field('string', { required, labels: ['决定书文号'] }),
  partyName: field('string', { required, labels: ['当事人'] }),
  partyUscc: field('uscc', { labels: ['统一社会信用代码'] }),
  partyIdNumber: field('string', { labels: ['身份证号', '身份证号码'] }),
  partyPhone: field('string', { labels: ['联系电话'] }),
  matterCode: field('string', { required, labels: MATTER_CODE_LABELS }),
  facts: field('string', { required, labels: ['违法事实'] }),
  legalBasis: field('string', { required, labels: ['处罚依据'] }),
  penaltyKinds: field('list', { required, labels: ['处罚种类'] }),
  // Both default to "0" in the SDL.
  fineAmount: field('decimal', { labels: ['罚款金额'] }),
  confiscationAmount: field('decimal', { labels: ['没收金额'] }),
  decisionDate: field('date', { required, labels: ['决定日期'] }),
  executionStatus: enumField<`${ExecutionStatus}`>(
    {
      PENDING: ['待执行'],
      IN_PROGRESS: ['执行中'],
      EXECUTED: ['执行完毕'],
      COURT_ENFORCEMENT: ['申请法院强制执行'],
      SUSPENDED: ['中止执行'],
      TERMINATED: ['终结执行'],
    },
    { required, labels: ['执行情况'] },
  ),
  licenceNumber: field('string', { labels: ['涉及的许可证号', '许可证号'] }),
};
