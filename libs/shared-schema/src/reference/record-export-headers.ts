/**
 * The Chinese column headers of the hub's record exports, per export category and the input field
 * each column holds (`publisherCode` is the publishing unit, not an input field). The exports write
 * these headers and the connector CLI recognises them, so a department can push an export back
 * unchanged. Plain data: the connectors import this file on its own, without the GraphQL decorators.
 */
export const RECORD_EXPORT_HEADERS = {
  LICENSING: {
    licenceNumber: '许可证编号',
    kind: '许可类别',
    holderName: '持证主体',
    holderUscc: '统一社会信用代码',
    matterCode: '事项编码',
    scope: '许可范围',
    townshipCode: '镇街',
    validFrom: '有效期起',
    validTo: '有效期至',
    status: '状态',
    decisionDate: '决定日期',
    publisherCode: '发布单位',
    sourceId: '来源编号',
  },
  PENALTY: {
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
  },
  COMPLAINT: {
    channel: '渠道',
    receivedAt: '受理时间',
    subjectName: '被反映主体',
    subjectUscc: '统一社会信用代码',
    matterCode: '事项编码',
    townshipCode: '镇街',
    handlingUnitCode: '承办单位',
    status: '状态',
    closedAt: '办结时间',
    publisherCode: '受理单位',
    sourceId: '来源编号',
  },
  NORMATIVE: {
    kind: '文件类别',
    title: '标题',
    documentNumber: '文号',
    issuingBody: '制定机关',
    effectiveFrom: '施行日期',
    repealedOn: '废止日期',
    matterCodes: '涉及事项',
    publisherCode: '发布单位',
    sourceId: '来源编号',
  },
  DEVICE: {
    deviceCode: '设备编号',
    deviceKind: '设备类别',
    location: '安装位置',
    latitude: '纬度',
    longitude: '经度',
    townshipCode: '镇街',
    status: '状态',
    publisherCode: '所属单位',
    sourceId: '来源编号',
  },
  OTHER: {
    kindCode: '信息种类',
    title: '标题',
    townshipCode: '镇街',
    matterCode: '事项编码',
    payload: '内容',
    publisherCode: '发布单位',
    sourceId: '来源编号',
  },
} as const;

export type RecordExportCategory = keyof typeof RECORD_EXPORT_HEADERS;
