import { registerEnumType } from '@nestjs/graphql';

export enum EvidenceStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DELETED = 'DELETED',
}
registerEnumType(EvidenceStatus, {
  name: 'EvidenceStatus',
  description: '证据文件状态 evidence file status',
  valuesMap: {
    PENDING: { description: '待上传确认 upload URL issued, not confirmed yet' },
    CONFIRMED: { description: '已确认 size and SHA-256 checked against the stored object' },
    DELETED: { description: '已删除 withdrawn (only where no transfer, penalty or complaint depends on it)' },
  },
});

export enum EvidenceIntegrity {
  INTACT = 'INTACT',
  ALTERED = 'ALTERED',
  MISSING = 'MISSING',
}
registerEnumType(EvidenceIntegrity, {
  name: 'EvidenceIntegrity',
  description: '完整性核验结果 result of re-hashing a stored file',
  valuesMap: {
    INTACT: { description: '完好 same size and SHA-256 as confirmed' },
    ALTERED: { description: '被篡改 the stored bytes differ from what was confirmed' },
    MISSING: { description: '缺失 the object is gone from the store' },
  },
});
