import { registerEnumType } from '@nestjs/graphql';

export enum AuditCheckpointProblem {
  SIGNATURE_INVALID = 'SIGNATURE_INVALID',
  LAST_ROW_MISSING = 'LAST_ROW_MISSING',
  HASH_DIFFERS = 'HASH_DIFFERS',
  COUNT_DIFFERS = 'COUNT_DIFFERS',
}
registerEnumType(AuditCheckpointProblem, {
  name: 'AuditCheckpointProblem',
  description: '审计检查点不符 how a signed checkpoint of the audit chain disagrees with the chain',
  valuesMap: {
    SIGNATURE_INVALID: { description: "签名无效 the object is not signed by the hub's key: the checkpoint was forged or altered" },
    LAST_ROW_MISSING: { description: '记录缺失 the row the checkpoint ended at is gone: rows were removed' },
    HASH_DIFFERS: { description: "哈希不符 that row's hash differs from the one recorded: the chain was rewritten" },
    COUNT_DIFFERS: { description: '条数不符 a different number of rows leads up to that row: rows were removed or inserted' },
  },
});
