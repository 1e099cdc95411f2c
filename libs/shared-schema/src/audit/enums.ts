import { chineseEnum, EnumValue } from '../common/chinese-names';

export const AuditCheckpointProblem = chineseEnum(
  'AuditCheckpointProblem',
  '审计检查点不符 how a signed checkpoint of the audit chain disagrees with the chain',
  {
    SIGNATURE_INVALID: ['签名无效', "the object is not signed by the hub's key: the checkpoint was forged or altered"],
    LAST_ROW_MISSING: ['记录缺失', 'the row the checkpoint ended at is gone: rows were removed'],
    HASH_DIFFERS: ['哈希不符', "that row's hash differs from the one recorded: the chain was rewritten"],
    COUNT_DIFFERS: ['条数不符', 'a different number of rows leads up to that row: rows were removed or inserted'],
  },
);
export type AuditCheckpointProblem = EnumValue<typeof AuditCheckpointProblem>;
