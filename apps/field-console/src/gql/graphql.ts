/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 督办事项状态 state of an action item of the minutes */
export type ActionItemState =
  /** 待落实 assigned to its unit, to be carried out by its due date (§4(4)2②) */
  | 'ASSIGNED'
  /** 已办结 the office confirmed it was carried out */
  | 'CLOSED'
  /** 已报告落实 the unit reported it carried it out; the office checks */
  | 'REPORTED';

/** 出具意见 the written opinion or appraisal (§5(2)); its files are the request’s evidence */
export type AnswerAssistanceInput = {
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
  /** 书面意见 the written opinion or appraisal. */
  opinion: string;
};

/** 答复（未发现违法） no violation found after initial checking: the answer given to the person (§4(2)) */
export type AnswerComplaintInput = {
  /** 答复内容 the answer given to the person (required). */
  answer?: string | null | undefined;
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
};

/** 协助请求操作 an action on an assistance request */
export type AssistanceAction =
  /** 受理 the requested unit accepts (police support, §4(5)) */
  | 'accept'
  /** 出具意见 give the written opinion or appraisal (§5(2)) */
  | 'answer'
  /** 办结 close */
  | 'close'
  /** 法院答复 the court answers the application: the execution status of the decision follows (§4(5)) */
  | 'courtAnswer'
  /** 延期答复 announce a longer period with the expected date, before the due date (§5(2)) */
  | 'extend'
  /** 提供资料 provide the documents (§5(1)) */
  | 'provide'
  /** 派警 the police record the officers dispatched and when (§4(5)) */
  | 'recordDispatch'
  /** 派员到场 the requested unit records who went on site and when (§5(2)) */
  | 'recordOnSite'
  /** 拒绝提供 refuse on a stated legal ground with an explanation (§5(1)) */
  | 'refuse'
  /** 报送台账 answer a data request by publishing ledger entries linked to it (§4(1)4) */
  | 'supplyLedger'
  /** 撤回 withdraw before the answer */
  | 'withdraw';

/** 协助请求操作 an action with a note and evidence files */
export type AssistanceActionInput = {
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
};

/** 协助类型 what a unit asks another for (§5, §4(1)4, §4(5)) */
export type AssistanceKind =
  /** 申请法院强制执行 a town applies to the court for compulsory execution of its penalty decision (§4(5)) */
  | 'COURT_ENFORCEMENT'
  /** 台账材料请求 ledger material a department asks a town for, for its own reporting (§4(1)4) */
  | 'DATA_REQUEST'
  /** 查阅资料 access to documents another agency holds (§5(1)) */
  | 'DOCUMENT_ACCESS'
  /** 公安协助 officers of the police at an enforcement action of a town (§4(5)) */
  | 'POLICE_SUPPORT'
  /** 技术鉴定/专业意见 a written technical opinion or appraisal (§5(2)) */
  | 'TECHNICAL_OPINION';

/** 协助请求状态 state of an assistance request */
export type AssistanceState =
  /** 已受理 accepted by the requested unit, which is to act (police support, §4(5)) */
  | 'ACCEPTED'
  /** 已答复 answered: the opinion given, the documents or ledger provided, the officers dispatched */
  | 'ANSWERED'
  /** 已办结 closed by the requesting unit */
  | 'CLOSED'
  /** 已拒绝 refused on a stated legal ground (§5(1)) */
  | 'REFUSED'
  /** 已发出 sent to the requested unit, which has it from that moment (receipt, §5) */
  | 'SENT'
  /** 已撤回 withdrawn by the requesting unit before the answer */
  | 'WITHDRAWN';

/** 办理动作 an action of the complaint handling workflow (§4(2)) */
export type ComplaintAction =
  /** 答复（未发现违法） answer the person: no violation found */
  | 'answer'
  /** 办结 close a filed case */
  | 'close'
  /** 立案 file a case within its own powers */
  | 'file'
  /** 告知非本单位职能 not our function: tell the person where to go */
  | 'redirect'
  /** 开始核查 start the initial check */
  | 'startCheck'
  /** 书面移送 transfer in writing (a case transfer) */
  | 'transfer'
  /** 移送结果办结 closed by the result of its case transfer */
  | 'transferResult'
  /** 移送撤回 back with its owner: its case transfer was withdrawn */
  | 'transferWithdrawn';

/** 举报投诉办理 an action on a complaint with its note and the evidence named (§4(2)) */
export type ComplaintActionInput = {
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
};

/** 来源 kind of submission (§4(2)) */
export type ComplaintChannel =
  /** 申诉 appeal */
  | 'APPEAL'
  /** 投诉 complaint */
  | 'COMPLAINT'
  /** 信访 petition */
  | 'PETITION'
  /** 举报 report */
  | 'REPORT';

/** 办理结果 how the first receiver dealt with it (§4(2)) */
export type ComplaintOutcome =
  /** 立案查处 filed and dealt with within its own powers */
  | 'FILED'
  /** 非本单位职能 clearly not its function: the person was told where to go */
  | 'NOT_OUR_FUNCTION'
  /** 未发现违法 no violation found after initial checking: the person was answered */
  | 'NO_VIOLATION'
  /** 书面移送 transferred in writing to the unit holding the power */
  | 'TRANSFERRED';

/** 举报投诉 the shared record of a report or complaint as the receiving unit publishes it */
export type ComplaintRecordInput = {
  channel: ComplaintChannel;
  closedAt?: string | null | undefined;
  /** Unit handling it; the publisher (first receiver, §4(2)) when left out. */
  handlingUnitCode?: string | null | undefined;
  matterCode?: string | null | undefined;
  receivedAt: string;
  reporterIdNumber?: string | null | undefined;
  reporterName?: string | null | undefined;
  reporterPhone?: string | null | undefined;
  sourceId: string;
  status: ComplaintStatus;
  subjectName?: string | null | undefined;
  subjectUscc?: string | null | undefined;
  summary: string;
  townshipCode?: string | null | undefined;
};

/** 办理状态 handling status (§4(2)) */
export type ComplaintStatus =
  /** 已答复 answered (no violation) */
  | 'ANSWERED'
  /** 已办结 closed */
  | 'CLOSED'
  /** 已立案 filed for penalty */
  | 'FILED'
  /** 已受理 received */
  | 'RECEIVED'
  /** 已移送 transferred in writing */
  | 'TRANSFERRED'
  /** 核查中 initial checking */
  | 'VERIFYING';

/** 发出协助请求 a request to another unit (§5) */
export type CreateAssistanceRequestInput = {
  /** 执法行动时间 when the enforcement action takes place (a POLICE_SUPPORT: required). */
  actionAt?: string | null | undefined;
  /** 详细说明 the request in full (in writing, §5). */
  details: string;
  /** 证据可能灭失 evidence at risk: the requested unit sends someone on site (§5(2)). */
  evidenceAtRisk?: boolean;
  kind: AssistanceKind;
  /** 台账类型 the kind of ledger material asked for (a DATA_REQUEST: required). */
  ledgerKind?: LedgerEntryKind | null | undefined;
  /** 处罚决定 the penalty decision whose compulsory execution is applied for (a COURT_ENFORCEMENT: required). */
  penaltyId?: string | number | null | undefined;
  /** 期间 the period asked for: 2026, 2026-Q1 or 2026-03 (a DATA_REQUEST: required). */
  period?: string | null | undefined;
  /** 执法行动地点 where it takes place (a POLICE_SUPPORT: required). */
  place?: string | null | undefined;
  /** 被请求方 the unit asked. */
  requestedUnitCode: string;
  /** 事由 what is asked for, in a line. */
  subject: string;
  /** 紧急 urgent: the requested unit sends someone on site (§5(2)); omitted: false, for police support true (§4(5)). */
  urgent?: boolean | null | undefined;
};

/** 新建案件移送 a case transfer as the sending unit drafts it (§4(3), §2) */
export type CreateTransferInput = {
  /** 结案日期 when the department closed the case, if it did (§4(3)2①: closed before devolution stays with it). */
  caseClosedOn?: string | null | undefined;
  /** 联系人 (§4(3)1). */
  contactName: string;
  /** 联系电话. */
  contactPhone: string;
  /** 两法衔接 a criminal referral to a judicial organ (§4(5)). */
  criminalReferral?: boolean;
  /** 发现时间 when the violation was discovered. */
  discoveredAt: string;
  /** 已固定证据 (required when the sender lacks the penalty power, §4(3)). */
  evidenceSecured?: boolean;
  /** 基本案情 the basic facts. */
  facts: string;
  /** 事项 the devolved matter (catalog code). */
  matterCode: string;
  /** 身份证号 of a person. */
  partyIdNumber?: string | null | undefined;
  /** 当事人名称 the party: a business or a person. */
  partyName: string;
  /** 统一社会信用代码 of a business party. */
  partyUscc?: string | null | undefined;
  /** 接收方 the receiving unit; omitted: the unit the catalog names (whoHandles). A judicial organ for a criminal referral. */
  receiverUnitCode?: string | null | undefined;
  /** 内设机构 a department names its internal division (§4(3)1). */
  senderDivision?: string | null | undefined;
  situation: TransferSituation;
  /** 发生地 the township where the violation was found (9-digit code). */
  townshipCode: string;
  /** 紧急 urgent: due 24 hours after discovery. */
  urgent?: boolean;
  /** 已制止违法行为 (required when the sender lacks the penalty power, §4(3)). */
  violationStopped?: boolean;
};

/** 接收方式 how a subscription receives events */
export type DeliveryMode =
  /** 拉取 the unit pulls `events` and acknowledges what it has processed */
  | 'PULL'
  /** 推送 the hub POSTs each event, signed, to the unit's endpoint */
  | 'WEBHOOK';

/** 事件筛选 which events: every list given must match; an empty or absent list means any */
export type EventFilterInput = {
  /** 信息类别 categories */
  categories?: Array<RecordCategory> | null | undefined;
  /** 事件类型 event types, e.g. `licensing.published` */
  eventTypes?: Array<string> | null | undefined;
  /** 事项 devolved matters */
  matterCodes?: Array<string> | null | undefined;
  /** 当事人 parties, by unified social credit code */
  partyKeys?: Array<string> | null | undefined;
  /** 发布单位 publishing units */
  publisherCodes?: Array<string> | null | undefined;
  /** 镇街 townships: the record's township, or a township the event is addressed to (§4(1)1) */
  townshipCodes?: Array<string> | null | undefined;
};

/** 证据归属 what an evidence file is evidence for */
export type EvidenceOwnerCategory =
  /** 协助请求 an assistance request: the documents provided, the opinion files (§5) */
  | 'ASSISTANCE'
  /** 举报投诉 reports, complaints and appeals and their handling (§4(1)6) */
  | 'COMPLAINT'
  /** 电子技术监控设备 surveillance devices (§4(1)5) */
  | 'DEVICE'
  /** 统计台账 statistics, work summaries and ledgers (§4(1)4) */
  | 'LEDGER'
  /** 许可信息 licensing decisions of city departments (§4(1)2) */
  | 'LICENSING'
  /** 规范性文件 normative documents and discretion benchmarks (§4(1)1) */
  | 'NORMATIVE'
  /** 其他执法信息 other enforcement information (§4(1)7) */
  | 'OTHER'
  /** 处罚信息 town penalties and compulsory measures (§4(1)3) */
  | 'PENALTY'
  /** 案件移送 a case transfer: its letter, source material and preliminary evidence (§4(3)4) */
  | 'TRANSFER';

/** 证据文件状态 evidence file status */
export type EvidenceStatus =
  /** 已确认 size and SHA-256 checked against the stored object */
  | 'CONFIRMED'
  /** 已删除 withdrawn (only where no transfer, penalty or complaint depends on it) */
  | 'DELETED'
  /** 待上传确认 upload URL issued, not confirmed yet */
  | 'PENDING';

/** 执行情况 execution status */
export type ExecutionStatus =
  /** 申请法院强制执行 court enforcement applied for (§4(5)) */
  | 'COURT_ENFORCEMENT'
  /** 执行完毕 executed */
  | 'EXECUTED'
  /** 执行中 being executed */
  | 'IN_PROGRESS'
  /** 待执行 not yet executed */
  | 'PENDING'
  /** 中止执行 suspended */
  | 'SUSPENDED'
  /** 终结执行 terminated */
  | 'TERMINATED';

/** 导出格式 CSV is UTF-8 with a BOM so that Excel reads Chinese correctly */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** 导出状态 export job status */
export type ExportStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** 立案 / 办结 a case filed by the owner within its powers, and its close (§4(2)) */
export type FileComplaintInput = {
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
  /** 处罚决定 the penalty decision published for the case, once there is one. */
  penaltyId?: string | number | null | undefined;
};

/** 统计定义 statistics: source, grouping, period, measures, filter */
export type LedgerDefinitionInput = {
  filter?: LedgerFilterInput | null | undefined;
  /** Up to 4 dimensions. */
  groupBy?: Array<LedgerDimension>;
  measures?: Array<LedgerMeasure>;
  /** Also group by this period of the source's date. */
  period?: LedgerPeriod | null | undefined;
  source: LedgerSource;
};

/** 分组维度 what to group by */
export type LedgerDimension =
  /** 信息类别 category (source ALL) */
  | 'CATEGORY'
  /** 渠道 complaint channel */
  | 'CHANNEL'
  /** 承办单位 handling unit of a complaint */
  | 'HANDLING_UNIT'
  /** 类别 kind (licensing kind, measure kind, document kind …) */
  | 'KIND'
  /** 事项 devolved matter */
  | 'MATTER'
  /** 状态 status (licence status with EXPIRED derived; execution status; complaint status) */
  | 'STATUS'
  /** 镇街 township */
  | 'TOWNSHIP'
  /** 发布单位 publishing unit (department or town) */
  | 'UNIT';

/** 台账类型 kind of ledger entry */
export type LedgerEntryKind =
  /** 统计指标 a statistic: indicator, value, dimensions */
  | 'INDICATOR'
  /** 工作总结 a work summary document */
  | 'WORK_SUMMARY';

/** 统计筛选 which records the statistics count: as the record queries filter them */
export type LedgerFilterInput = {
  /** From this Shanghai date (inclusive), on the source's date. */
  from?: string | null | undefined;
  /** Count revoked records too (the record queries leave them out). */
  includeRevoked?: boolean;
  matterCodes?: Array<string> | null | undefined;
  publisherCodes?: Array<string> | null | undefined;
  /** Status values as the STATUS dimension reports them. */
  statuses?: Array<string> | null | undefined;
  /** To this Shanghai date (inclusive). */
  to?: string | null | undefined;
  townshipCodes?: Array<string> | null | undefined;
};

/** 统计指标 what to compute per group */
export type LedgerMeasure =
  /** 平均办理时长 average days from receipt to closing (closed complaints) */
  | 'AVERAGE_HANDLING_DAYS'
  /** 没收金额合计 total confiscations, yuan (penalties) */
  | 'CONFISCATION_TOTAL'
  /** 件数 number of records */
  | 'COUNT'
  /** 罚款金额合计 total fines, yuan (penalties) */
  | 'FINE_TOTAL'
  /** 办理时长中位数 median days from receipt to closing (closed complaints) */
  | 'MEDIAN_HANDLING_DAYS';

/** 统计周期 period, in Asia/Shanghai time: 2026-03-15, 2026-03, 2026-Q1, 2026 */
export type LedgerPeriod =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** 统计对象 what the statistics count */
export type LedgerSource =
  /** 全部类别 every category together: count only */
  | 'ALL'
  /** 举报投诉 complaints (by date received) */
  | 'COMPLAINT'
  /** 监控设备 surveillance devices (by registration) */
  | 'DEVICE'
  /** 许可信息 licensing decisions (by decision date) */
  | 'LICENSING'
  /** 规范性文件 normative documents (by effective date) */
  | 'NORMATIVE'
  /** 其他执法信息 other enforcement information (by publication) */
  | 'OTHER'
  /** 处罚信息 penalties (by decision date) */
  | 'PENALTY';

/** 许可状态 licence status; EXPIRED (from the validity dates) and WITHDRAWN (the record was withdrawn) are derived when read, never published */
export type LicenceStatus =
  /** 已过期 past its validity */
  | 'EXPIRED'
  /** 撤销/吊销 revoked by the department */
  | 'REVOKED'
  /** 暂扣/中止 suspended */
  | 'SUSPENDED'
  /** 有效 valid */
  | 'VALID'
  /** 已撤回 the publishing department withdrew the record (revokeRecord); it covers nothing until reinstated */
  | 'WITHDRAWN';

/** 许可类别 kind of licensing decision */
export type LicensingKind =
  /** 行政确认 administrative confirmation */
  | 'CONFIRMATION'
  /** 备案登记 filing and registration */
  | 'FILING'
  /** 行政许可 administrative licence */
  | 'LICENCE';

/** 登录 log in with user name and password */
export type LoginInput = {
  password: string;
  username: string;
};

/** 处罚/强制 penalty or administrative compulsory measure */
export type MeasureKind =
  /** 行政强制措施 administrative compulsory measure */
  | 'COMPULSORY_MEASURE'
  /** 行政处罚 administrative penalty */
  | 'PENALTY';

/** 核验结论代码 why a permit check came out as it did, stable for machines (`reason` says it in Chinese) */
export type PermitReasonCode =
  /** 有效许可覆盖 a valid licence covers the matter on the date */
  | 'COVERED'
  /** 已过期 the newest licence is past its validity */
  | 'EXPIRED'
  /** 未覆盖 no valid licence for another reason */
  | 'NOT_COVERED'
  /** 尚未生效 the newest licence is valid only from a later date */
  | 'NOT_YET_VALID'
  /** 无许可记录 the party has no licence for the matter on record */
  | 'NO_LICENCE'
  /** 撤销/吊销 the newest licence was revoked by the department */
  | 'REVOKED'
  /** 暂扣/中止 the newest licence is suspended */
  | 'SUSPENDED'
  /** 已撤回 the only licences on record were withdrawn by their publisher */
  | 'WITHDRAWN';

/** 推送结果 what publishing one record did */
export type PublishOutcome =
  /** 新增 first version stored */
  | 'CREATED'
  /** 拒收 invalid: see `error`; nothing stored for this record */
  | 'REJECTED'
  /** 更新 content changed: a new version stored, history kept */
  | 'REVISED'
  /** 未变 same content as the current version: nothing stored */
  | 'UNCHANGED'
  /** 已撤回 the record was withdrawn (revokeRecord) and stays withdrawn: nothing stored, `revokeReason` says why; bring it back with reinstateRecord, then publish again. `error` is CONFLICT on `sourceId`. */
  | 'WITHDRAWN';

/** 共享信息类别 shared information category (§4(1)) */
export type RecordCategory =
  /** 举报投诉 reports, complaints and appeals and their handling (§4(1)6) */
  | 'COMPLAINT'
  /** 电子技术监控设备 surveillance devices (§4(1)5) */
  | 'DEVICE'
  /** 统计台账 statistics, work summaries and ledgers (§4(1)4) */
  | 'LEDGER'
  /** 许可信息 licensing decisions of city departments (§4(1)2) */
  | 'LICENSING'
  /** 规范性文件 normative documents and discretion benchmarks (§4(1)1) */
  | 'NORMATIVE'
  /** 其他执法信息 other enforcement information (§4(1)7) */
  | 'OTHER'
  /** 处罚信息 town penalties and compulsory measures (§4(1)3) */
  | 'PENALTY';

/** 记录导出 the records of one category matching a filter */
export type RecordExportInput = {
  filter?: LedgerFilterInput | null | undefined;
  /** A single category (not ALL). */
  source: LedgerSource;
};

/** 告知非本单位职能 clearly not our function: where the person was directed (§4(2) first paragraph) */
export type RedirectComplaintInput = {
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 告知去向 the unit or channel the person was directed to (required). */
  directedTo?: string | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
};

/** 拒绝提供 refuse on a legal ground from the admins’ list, with an explanation (§5(1)) */
export type RefuseAssistanceInput = {
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 法定理由 the code of the legal ground (refusalGrounds); required. */
  groundCode?: string | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
};

/** 申请上传证据 declare a file before uploading it: what it is, its size and SHA-256 */
export type RequestEvidenceUploadInput = {
  /** MIME type, e.g. image/jpeg or application/pdf; must be on the allow-list. */
  contentType: string;
  /** Original file name, e.g. 现场照片1.jpg. */
  fileName: string;
  /** What the file is evidence for: the category of a shared record, or TRANSFER for a case transfer. */
  ownerCategory: EvidenceOwnerCategory;
  /** The hub id of that record or transfer. */
  ownerId: string | number;
  /** SHA-256 of the bytes, 64 hex digits. */
  sha256: string;
  /** Exact size in bytes. */
  size: number;
  /** The confirmed file this one corrects; the old one is kept. */
  supersedesId?: string | number | null | undefined;
};

/** 申请导出 statistics or records as a spreadsheet; runs as a job */
export type RequestExportInput = {
  format: ExportFormat;
  /**
   * The first release's name of `statistics`.
   * @deprecated Use `statistics`: 台账 (ledger) names the §4(1)4 ledger entries (`ledgerEntries`). Kept for one release.
   */
  ledger?: LedgerDefinitionInput | null | undefined;
  /** … or these records (exactly one of `statistics`, `ledger` and `records`). */
  records?: RecordExportInput | null | undefined;
  /** Export these statistics … */
  statistics?: LedgerDefinitionInput | null | undefined;
  /** … or a supervision table (督查, SUPERVISOR and ADMIN only; exactly one of `statistics`, `ledger`, `records` and `supervision`). */
  supervision?: SupervisionExportInput | null | undefined;
};

/** 上传移送材料 declare a material of a transfer before uploading it (§4(3)4) */
export type RequestTransferMaterialUploadInput = {
  contentType: string;
  /** Original file name, e.g. 现场检查笔录.pdf. */
  fileName: string;
  kind: TransferMaterialKind;
  sha256: string;
  size: number;
  transferId: string | number;
};

/** 角色 Role */
export type Role =
  /** 系统管理员 hub administrator */
  | 'ADMIN'
  /** 对接系统 a unit system calling with an API key */
  | 'CONNECTOR'
  /** 单位负责人 unit leader: approves outbound case transfers (§4(3)4) */
  | 'LEADER'
  /** 执法人员 enforcement officer */
  | 'OFFICER'
  /** 统计人员 statistician */
  | 'STATISTICIAN'
  /** 监督人员 supervisor at the justice bureau / joint-meeting office */
  | 'SUPERVISOR';

/** 督查导出 a supervision table for a period, as a spreadsheet (SUPERVISOR and ADMIN only) */
export type SupervisionExportInput = {
  /** The period (an export needs it; a saved report runs each period just ended). */
  period?: SupervisionPeriodInput | null | undefined;
  table: SupervisionTable;
};

/** 督查周期 a month, quarter, half year or year on the Shanghai calendar */
export type SupervisionPeriodInput = {
  /** Month 1-12, quarter 1-4, half 1-2; 1 for a year. */
  index?: number;
  kind: SupervisionPeriodKind;
  year: number;
};

/** 督查周期 a period of the supervision figures (Asia/Shanghai) */
export type SupervisionPeriodKind =
  /** 半年 a half year (index 1-2) */
  | 'HALF_YEAR'
  /** 月度 a calendar month (index 1-12) */
  | 'MONTH'
  /** 季度 a calendar quarter (index 1-4) */
  | 'QUARTER'
  /** 年度 a calendar year (index 1) */
  | 'YEAR';

/** 督查报表 which supervision table an export or saved report writes */
export type SupervisionTable =
  /** 即将到期清单 the open deadlines not yet due, due by the end of the next working day or already reminded, as the export runs, by 责任单位 (no period) */
  | 'DUE_SOON'
  /** 通报排名 the league table of units with the change against the previous period */
  | 'LEAGUE'
  /** 督办清单 the open deadlines past due as the export runs, by 责任单位, with working days overdue (no period) */
  | 'OVERDUE'
  /** 按时率 per unit and measure: the on-time rate and the counts behind it */
  | 'RATES'
  /** 移送协助情况 per unit and period: declines and escalations, refusals with their grounds, criminal referrals open and flagged */
  | 'UNIT_COUNTS';

/** 移送操作 an action on a case transfer */
export type TransferAction =
  /** 接收 accept the case */
  | 'accept'
  /** 审批通过 approve (a LEADER of the sending unit) */
  | 'approve'
  /** 指定管辖 the city government names the handling unit */
  | 'assign'
  /** 办结 close */
  | 'close'
  /** 不予接收 decline: not our jurisdiction */
  | 'decline'
  /** 报请市政府 report the dispute to the city government */
  | 'escalate'
  /** 延期移送 announce an extension of the sending deadline, with a reason (§4(3)3②) */
  | 'extend'
  /** 退回 reject back to draft, with a reason */
  | 'reject'
  /** 反馈结果 report the result back to the sender */
  | 'reportResult'
  /** 移送 send to the receiving unit with the letter and materials */
  | 'send'
  /** 提交审批 submit for the leader's approval */
  | 'submit'
  /** 撤回 withdraw before acceptance */
  | 'withdraw';

/** 移送操作 an action on a transfer with its note and the evidence named */
export type TransferActionInput = {
  /** Evidence files named with the step. */
  attachmentIds?: Array<string | number> | null | undefined;
  id: string | number;
  /** 说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal). */
  note?: string | null | undefined;
};

/** 移送材料 kind of material of a transfer (§4(3)4) */
export type TransferMaterialKind =
  /** 证据材料 evidence that preliminarily proves the facts */
  | 'EVIDENCE'
  /** 移交函 the transfer letter */
  | 'LETTER'
  /** 案源材料 source material: on-site inspection record, photos, complaint material */
  | 'SOURCE';

/** 移送情形 the §2 situation of the case */
export type TransferSituation =
  /** 应批已批 licensed, but acting outside the licence (§2(1)) */
  | 'LICENSED_OUTSIDE_LICENCE'
  /** 禁止类 prohibited conduct (§2(3)) */
  | 'PROHIBITED'
  /** 其他 qualifications, overdue obligations and the like (§2(4)) */
  | 'QUALIFICATIONS_OBLIGATIONS'
  /** 需技术检测 needs technical testing or appraisal first (§2(4), second paragraph) */
  | 'TECHNICAL_TESTING'
  /** 应批未批 acting without a required licence (§2(2)) */
  | 'UNLICENSED';

/** 移送状态 state of a case transfer (§4(3)) */
export type TransferState =
  /** 已接收 accepted by the receiving (or handling) unit */
  | 'ACCEPTED'
  /** 已审批 approved by a leader of the sending unit; the transfer letter is issued */
  | 'APPROVED'
  /** 市政府指定 the city government named the handling unit, which must accept */
  | 'ASSIGNED'
  /** 已办结 closed */
  | 'CLOSED'
  /** 不予接收 declined by the receiver as not its jurisdiction (§4(3)3④) */
  | 'DECLINED'
  /** 草稿 draft, being prepared by the sending unit */
  | 'DRAFT'
  /** 报市政府 reported to the city government for a decision (§4(3)3④) */
  | 'ESCALATED'
  /** 已反馈结果 the handling result reported back to the sender (§2(1), §2(2)) */
  | 'RESULT_REPORTED'
  /** 已移送 sent to the receiving unit */
  | 'SENT'
  /** 待审批 submitted for the sending unit's leader's approval (§4(3)4) */
  | 'SUBMITTED'
  /** 已撤回 withdrawn by the sender before acceptance */
  | 'WITHDRAWN';

export type ConsoleAssistanceRequestsQueryVariables = Exact<{
  thisYear: number;
  nextYear: number;
}>;


export type ConsoleAssistanceRequestsQuery = { assistanceRequests: { nodes: Array<{ id: string, kind: AssistanceKind, state: AssistanceState, subject: string, details: string, urgent: boolean, evidenceAtRisk: boolean, requestingUnitCode: string, requestedUnitCode: string, place: string | null, actionAt: string | null, ledgerKind: LedgerEntryKind | null, period: string | null, opinion: string | null, refusalExplanation: string | null, nextDueAt: string | null, overdue: boolean, allowedActions: Array<AssistanceAction>, createdAt: string, refusalGround: { code: string, name: string } | null }> }, refusalGrounds: Array<{ code: string, name: string, legalBasis: string }>, thisYear: { exceptions: Array<{ date: string, working: boolean }> } | null, nextYear: { exceptions: Array<{ date: string, working: boolean }> } | null };

export type ConsoleCreateAssistanceRequestMutationVariables = Exact<{
  input: CreateAssistanceRequestInput;
}>;


export type ConsoleCreateAssistanceRequestMutation = { createAssistanceRequest: { id: string, state: AssistanceState, requestedUnitCode: string, nextDueAt: string | null } };

export type ConsoleAcceptAssistanceMutationVariables = Exact<{
  input: AssistanceActionInput;
}>;


export type ConsoleAcceptAssistanceMutation = { acceptAssistanceRequest: { id: string, state: AssistanceState } };

export type ConsoleAnswerAssistanceMutationVariables = Exact<{
  input: AnswerAssistanceInput;
}>;


export type ConsoleAnswerAssistanceMutation = { answerAssistanceRequest: { id: string, state: AssistanceState } };

export type ConsoleProvideAssistanceMutationVariables = Exact<{
  input: AssistanceActionInput;
}>;


export type ConsoleProvideAssistanceMutation = { provideAssistanceDocuments: { id: string, state: AssistanceState } };

export type ConsoleRefuseAssistanceMutationVariables = Exact<{
  input: RefuseAssistanceInput;
}>;


export type ConsoleRefuseAssistanceMutation = { refuseAssistanceRequest: { id: string, state: AssistanceState } };

export type ConsoleCloseAssistanceMutationVariables = Exact<{
  input: AssistanceActionInput;
}>;


export type ConsoleCloseAssistanceMutation = { closeAssistanceRequest: { id: string, state: AssistanceState } };

export type ConsoleWithdrawAssistanceMutationVariables = Exact<{
  input: AssistanceActionInput;
}>;


export type ConsoleWithdrawAssistanceMutation = { withdrawAssistanceRequest: { id: string, state: AssistanceState } };

export type ConsoleRequestEvidenceUploadMutationVariables = Exact<{
  input: RequestEvidenceUploadInput;
}>;


export type ConsoleRequestEvidenceUploadMutation = { requestEvidenceUpload: { uploadUrl: string, evidence: { id: string } } };

export type ConsoleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ConsoleLoginMutation = { login: { accessToken: string, expiresAt: string, user: { username: string, displayName: string, unitCode: string, roles: Array<Role> } } };

export type ConsoleUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleUnitsQuery = { units: { nodes: Array<{ code: string, name: string }> } };

export type ConsolePartyProfileQueryVariables = Exact<{
  uscc?: string | null | undefined;
  idNumber?: string | null | undefined;
  name?: string | null | undefined;
}>;


export type ConsolePartyProfileQuery = { partyProfile: { query: string, names: Array<string>, licences: Array<{ id: string, kind: LicensingKind, licenceNumber: string, holderName: string, holderUscc: string | null, holderIdNumber: string | null, matterCode: string, scope: string | null, townshipCode: string | null, status: LicenceStatus, validFrom: string, validTo: string | null, revokedAt: string | null, revokeReason: string | null, publisherCode: string, masked: boolean, matter: { name: string } | null }>, licencesPageInfo: { hasNextPage: boolean }, penalties: Array<{ id: string, decisionNumber: string, decisionDate: string, partyName: string, partyUscc: string | null, partyIdNumber: string | null, partyPhone: string | null, matterCode: string, measureKind: MeasureKind, penaltyKinds: Array<string>, fineAmount: string, executionStatus: ExecutionStatus, facts: string, townshipCode: string, masked: boolean, matter: { name: string } | null }>, penaltiesPageInfo: { hasNextPage: boolean }, openComplaints: Array<{ id: string, channel: ComplaintChannel, status: ComplaintStatus, summary: string, receivedAt: string, reporterName: string | null, reporterPhone: string | null, handlingUnitCode: string, masked: boolean }>, openComplaintsPageInfo: { hasNextPage: boolean }, openTransfers: Array<{ id: string, state: TransferState, matterCode: string, partyName: string, partyIdNumber: string | null, senderUnitCode: string, receiverUnitCode: string, createdAt: string, nextDueAt: string | null, overdue: boolean }> } };

export type ConsolePermitStatusQueryVariables = Exact<{
  uscc: string;
  matterCode: string;
}>;


export type ConsolePermitStatusQuery = { permitStatus: { at: string, covered: boolean, reason: string, reasonCode: PermitReasonCode, licence: { id: string, licenceNumber: string, validFrom: string, validTo: string | null } | null } };

export type ConsoleWhoHandlesQueryVariables = Exact<{
  matterCode: string;
  townshipCode: string;
}>;


export type ConsoleWhoHandlesQuery = { whoHandles: { devolved: boolean, matter: { code: string, name: string }, unit: { code: string, name: string } } };

export type ConsoleCreateTransferMutationVariables = Exact<{
  input: CreateTransferInput;
}>;


export type ConsoleCreateTransferMutation = { createTransfer: { id: string, state: TransferState, receiverUnitCode: string } };

export type ConsoleSubmitTransferMutationVariables = Exact<{
  input: TransferActionInput;
}>;


export type ConsoleSubmitTransferMutation = { submitTransfer: { id: string, state: TransferState } };

export type ConsoleRequestTransferMaterialUploadMutationVariables = Exact<{
  input: RequestTransferMaterialUploadInput;
}>;


export type ConsoleRequestTransferMaterialUploadMutation = { requestTransferMaterialUpload: { uploadUrl: string, evidence: { id: string } } };

export type ConsoleConfirmEvidenceUploadMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleConfirmEvidenceUploadMutation = { confirmEvidenceUpload: { id: string, status: EvidenceStatus } };

export type ConsoleSendTransferMutationVariables = Exact<{
  input: TransferActionInput;
}>;


export type ConsoleSendTransferMutation = { sendTransfer: { id: string, state: TransferState } };

export type ConsoleEscalateTransferMutationVariables = Exact<{
  input: TransferActionInput;
}>;


export type ConsoleEscalateTransferMutation = { escalateTransfer: { id: string, state: TransferState } };

export type ConsoleEvidenceDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEvidenceDownloadQuery = { evidenceDownloadUrl: { url: string, sha256: string, expiresAt: string } };

export type ConsoleApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleApprovalQueueQuery = { transfers: { nodes: Array<{ id: string, state: TransferState, partyName: string, partyUscc: string | null, matterCode: string, receiverUnitCode: string, facts: string, urgent: boolean, situation: TransferSituation, createdAt: string, nextDueAt: string | null, overdue: boolean }> } };

export type ConsoleApproveTransferMutationVariables = Exact<{
  input: TransferActionInput;
}>;


export type ConsoleApproveTransferMutation = { approveTransfer: { id: string, state: TransferState } };

export type ConsoleRejectTransferMutationVariables = Exact<{
  input: TransferActionInput;
}>;


export type ConsoleRejectTransferMutation = { rejectTransfer: { id: string, state: TransferState } };

export type ConsoleHeldYearFragment = { exceptions: Array<{ date: string, working: boolean }> };

export type ConsoleTransferInboxQueryVariables = Exact<{
  thisYear: number;
  nextYear: number;
}>;


export type ConsoleTransferInboxQuery = { transferInbox: Array<{ id: string, state: TransferState, partyName: string, matterCode: string, senderUnitCode: string, facts: string, urgent: boolean, nextDueAt: string | null, overdue: boolean, allowedActions: Array<TransferAction>, receiverUnitCode: string, letterNo: string | null, letterEvidenceId: string | null }>, thisYear: { exceptions: Array<{ date: string, working: boolean }> } | null, nextYear: { exceptions: Array<{ date: string, working: boolean }> } | null };

export type ConsoleAcceptTransferMutationVariables = Exact<{
  input: TransferActionInput;
}>;


export type ConsoleAcceptTransferMutation = { acceptTransfer: { id: string, state: TransferState } };

export type ConsoleDeclineTransferMutationVariables = Exact<{
  input: TransferActionInput;
}>;


export type ConsoleDeclineTransferMutation = { declineTransfer: { id: string, state: TransferState } };

export type ConsoleSupervisionQueryVariables = Exact<{
  period: SupervisionPeriodInput;
}>;


export type ConsoleSupervisionQuery = { supervisionSummary: Array<{ unitCode: string, unitName: string | null, overdue: number, dueSoon: number, maxWorkingDaysOverdue: number }>, supervisionItems: { nodes: Array<{ deadlineId: string, itemType: string, itemTypeName: string, itemId: string, kindName: string, clause: string, ownerUnitCode: string, ownerUnitName: string | null, dueAt: string, workingDaysOverdue: number }> }, supervisionLeague: { period: { label: string }, rows: Array<{ rank: number, unitCode: string, unitName: string | null, counted: number, rate: number, rankChange: number | null }> } };

export type ConsoleLiveEventsSubscriptionVariables = Exact<{
  filter?: EventFilterInput | null | undefined;
}>;


export type ConsoleLiveEventsSubscription = { liveEvents: { position: string, type: string } };

export type ConnectorHealthQueryVariables = Exact<{
  unitCode: string;
}>;


export type ConnectorHealthQuery = { subscriptions: Array<{ id: string, name: string, delivery: DeliveryMode, webhookUrl: string | null, active: boolean, position: string, attempts: number, lastError: string | null, nextAttemptAt: string | null, lag: { events: number, oldestAt: string | null, oldestSeconds: number | null } }> };

export type ConnectorDeadLettersQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectorDeadLettersQuery = { deadLetters: Array<{ eventId: string, eventPosition: string, attempts: number, lastError: string | null, deadAt: string, redeliverRequestedAt: string | null }> };

export type ConnectorRedeliverMutationVariables = Exact<{
  id: string | number;
}>;


export type ConnectorRedeliverMutation = { redeliverDeadLetters: number };

export type ConsoleStatisticsQueryVariables = Exact<{
  source: LedgerSource;
  groupBy: Array<LedgerDimension> | LedgerDimension;
  period?: LedgerPeriod | null | undefined;
  measures: Array<LedgerMeasure> | LedgerMeasure;
  filter?: LedgerFilterInput | null | undefined;
}>;


export type ConsoleStatisticsQuery = { statistics: { source: LedgerSource, groupBy: Array<LedgerDimension>, period: LedgerPeriod | null, measures: Array<LedgerMeasure>, headers: Array<string>, totals: Array<string | null>, rows: Array<{ keys: Array<string | null>, labels: Array<string | null>, values: Array<string | null> }> } };

export type ConsoleExportJobFieldsFragment = { id: string, status: ExportStatus, progress: number, rowsWritten: number, totalRows: number | null, title: string | null, format: ExportFormat, error: string | null };

export type ConsoleRequestStatisticsExportMutationVariables = Exact<{
  input: RequestExportInput;
}>;


export type ConsoleRequestStatisticsExportMutation = { requestExport: { id: string, status: ExportStatus, progress: number, rowsWritten: number, totalRows: number | null, title: string | null, format: ExportFormat, error: string | null } };

export type ConsoleExportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleExportJobQuery = { exportJob: { id: string, status: ExportStatus, progress: number, rowsWritten: number, totalRows: number | null, title: string | null, format: ExportFormat, error: string | null } };

export type ConsoleExportDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleExportDownloadQuery = { exportDownloadUrl: { url: string, expiresAt: string } };

export type ConsoleRegisterComplaintMutationVariables = Exact<{
  input: ComplaintRecordInput;
}>;


export type ConsoleRegisterComplaintMutation = { publishComplaintRecord: { outcome: PublishOutcome, id: string | null } };

export type ConsoleOpenComplaintsQueryVariables = Exact<{
  unitCode: string;
}>;


export type ConsoleOpenComplaintsQuery = { complaintRecords: { nodes: Array<{ id: string, status: ComplaintStatus, channel: ComplaintChannel, subjectName: string | null, summary: string, receivedAt: string, reporterName: string | null, reporterPhone: string | null, masked: boolean }> } };

export type ConsoleComplaintWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleComplaintWorkQuery = { complaint: { id: string, status: ComplaintStatus, allowedActions: Array<ComplaintAction>, deadlines: Array<{ id: string, kindName: string, clause: string, dueAt: string, closedAt: string | null }> } };

export type ConsoleStartComplaintCheckMutationVariables = Exact<{
  input: ComplaintActionInput;
}>;


export type ConsoleStartComplaintCheckMutation = { startComplaintCheck: { id: string, status: ComplaintStatus } };

export type ConsoleAnswerComplaintMutationVariables = Exact<{
  input: AnswerComplaintInput;
}>;


export type ConsoleAnswerComplaintMutation = { answerComplaint: { id: string, status: ComplaintStatus } };

export type ConsoleRedirectComplaintMutationVariables = Exact<{
  input: RedirectComplaintInput;
}>;


export type ConsoleRedirectComplaintMutation = { redirectComplaint: { id: string, status: ComplaintStatus } };

export type ConsoleFileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type ConsoleFileComplaintMutation = { fileComplaint: { id: string, status: ComplaintStatus } };

export type ConsoleCloseComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type ConsoleCloseComplaintMutation = { closeComplaint: { id: string, status: ComplaintStatus } };

export type ConsoleItemStepFragment = { id: string, action: string, actorName: string, unitCode: string, occurredAt: string, note: string | null, toState: string };

export type ConsoleItemDeadlineFragment = { id: string, kind: string, kindName: string, clause: string, dueAt: string, closedAt: string | null, overdue: boolean, ownerUnitCode: string };

export type ConsoleSupervisedTransferQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSupervisedTransferQuery = { transfer: { id: string, state: TransferState, partyName: string, matterCode: string, senderUnitCode: string, receiverUnitCode: string, facts: string, steps: Array<{ id: string, action: string, actorName: string, unitCode: string, occurredAt: string, note: string | null, toState: string }>, deadlines: Array<{ id: string, kind: string, kindName: string, clause: string, dueAt: string, closedAt: string | null, overdue: boolean, ownerUnitCode: string }> } };

export type ConsoleSupervisedComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSupervisedComplaintQuery = { complaint: { id: string, status: ComplaintStatus, channel: ComplaintChannel, outcome: ComplaintOutcome | null, summary: string, subjectName: string | null, handlingUnitCode: string, receivedAt: string, steps: Array<{ id: string, action: string, actorName: string, unitCode: string, occurredAt: string, note: string | null, toState: string }>, deadlines: Array<{ id: string, kind: string, kindName: string, clause: string, dueAt: string, closedAt: string | null, overdue: boolean, ownerUnitCode: string }> } };

export type ConsoleSupervisedAssistanceQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSupervisedAssistanceQuery = { assistanceRequest: { id: string, state: AssistanceState, kind: AssistanceKind, subject: string, details: string, requestingUnitCode: string, requestedUnitCode: string, steps: Array<{ id: string, action: string, actorName: string, unitCode: string, occurredAt: string, note: string | null, toState: string }>, deadlines: Array<{ id: string, kind: string, kindName: string, clause: string, dueAt: string, closedAt: string | null, overdue: boolean, ownerUnitCode: string }> } };

export type ConsoleSupervisedActionItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSupervisedActionItemQuery = { actionItem: { id: string, state: ActionItemState, title: string, details: string, assignedUnitCode: string, dueOn: string, steps: Array<{ id: string, action: string, actorName: string, unitCode: string, occurredAt: string, note: string | null, toState: string }>, deadlines: Array<{ id: string, kind: string, kindName: string, clause: string, dueAt: string, closedAt: string | null, overdue: boolean, ownerUnitCode: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleHeldYearFragmentDoc = new TypedDocumentString(`
    fragment ConsoleHeldYear on CalendarYear {
  exceptions {
    date
    working
  }
}
    `, {"fragmentName":"ConsoleHeldYear"}) as unknown as TypedDocumentString<ConsoleHeldYearFragment, unknown>;
export const ConsoleExportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsoleExportJobFields on ExportJob {
  id
  status
  progress
  rowsWritten
  totalRows
  title
  format
  error
}
    `, {"fragmentName":"ConsoleExportJobFields"}) as unknown as TypedDocumentString<ConsoleExportJobFieldsFragment, unknown>;
export const ConsoleItemStepFragmentDoc = new TypedDocumentString(`
    fragment ConsoleItemStep on LifecycleStep {
  id
  action
  actorName
  unitCode
  occurredAt
  note
  toState
}
    `, {"fragmentName":"ConsoleItemStep"}) as unknown as TypedDocumentString<ConsoleItemStepFragment, unknown>;
export const ConsoleItemDeadlineFragmentDoc = new TypedDocumentString(`
    fragment ConsoleItemDeadline on Deadline {
  id
  kind
  kindName
  clause
  dueAt
  closedAt
  overdue
  ownerUnitCode
}
    `, {"fragmentName":"ConsoleItemDeadline"}) as unknown as TypedDocumentString<ConsoleItemDeadlineFragment, unknown>;
export const ConsoleAssistanceRequestsDocument = new TypedDocumentString(`
    query ConsoleAssistanceRequests($thisYear: Int!, $nextYear: Int!) {
  assistanceRequests(first: 50) {
    nodes {
      id
      kind
      state
      subject
      details
      urgent
      evidenceAtRisk
      requestingUnitCode
      requestedUnitCode
      place
      actionAt
      ledgerKind
      period
      opinion
      refusalGround {
        code
        name
      }
      refusalExplanation
      nextDueAt
      overdue
      allowedActions
      createdAt
    }
  }
  refusalGrounds {
    code
    name
    legalBasis
  }
  thisYear: calendarYear(year: $thisYear) {
    ...ConsoleHeldYear
  }
  nextYear: calendarYear(year: $nextYear) {
    ...ConsoleHeldYear
  }
}
    fragment ConsoleHeldYear on CalendarYear {
  exceptions {
    date
    working
  }
}`) as unknown as TypedDocumentString<ConsoleAssistanceRequestsQuery, ConsoleAssistanceRequestsQueryVariables>;
export const ConsoleCreateAssistanceRequestDocument = new TypedDocumentString(`
    mutation ConsoleCreateAssistanceRequest($input: CreateAssistanceRequestInput!) {
  createAssistanceRequest(input: $input) {
    id
    state
    requestedUnitCode
    nextDueAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAssistanceRequestMutation, ConsoleCreateAssistanceRequestMutationVariables>;
export const ConsoleAcceptAssistanceDocument = new TypedDocumentString(`
    mutation ConsoleAcceptAssistance($input: AssistanceActionInput!) {
  acceptAssistanceRequest(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleAcceptAssistanceMutation, ConsoleAcceptAssistanceMutationVariables>;
export const ConsoleAnswerAssistanceDocument = new TypedDocumentString(`
    mutation ConsoleAnswerAssistance($input: AnswerAssistanceInput!) {
  answerAssistanceRequest(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleAnswerAssistanceMutation, ConsoleAnswerAssistanceMutationVariables>;
export const ConsoleProvideAssistanceDocument = new TypedDocumentString(`
    mutation ConsoleProvideAssistance($input: AssistanceActionInput!) {
  provideAssistanceDocuments(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleProvideAssistanceMutation, ConsoleProvideAssistanceMutationVariables>;
export const ConsoleRefuseAssistanceDocument = new TypedDocumentString(`
    mutation ConsoleRefuseAssistance($input: RefuseAssistanceInput!) {
  refuseAssistanceRequest(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleRefuseAssistanceMutation, ConsoleRefuseAssistanceMutationVariables>;
export const ConsoleCloseAssistanceDocument = new TypedDocumentString(`
    mutation ConsoleCloseAssistance($input: AssistanceActionInput!) {
  closeAssistanceRequest(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleCloseAssistanceMutation, ConsoleCloseAssistanceMutationVariables>;
export const ConsoleWithdrawAssistanceDocument = new TypedDocumentString(`
    mutation ConsoleWithdrawAssistance($input: AssistanceActionInput!) {
  withdrawAssistanceRequest(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleWithdrawAssistanceMutation, ConsoleWithdrawAssistanceMutationVariables>;
export const ConsoleRequestEvidenceUploadDocument = new TypedDocumentString(`
    mutation ConsoleRequestEvidenceUpload($input: RequestEvidenceUploadInput!) {
  requestEvidenceUpload(input: $input) {
    uploadUrl
    evidence {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRequestEvidenceUploadMutation, ConsoleRequestEvidenceUploadMutationVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    expiresAt
    user {
      username
      displayName
      unitCode
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleUnitsDocument = new TypedDocumentString(`
    query ConsoleUnits {
  units(first: 100) {
    nodes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnitsQuery, ConsoleUnitsQueryVariables>;
export const ConsolePartyProfileDocument = new TypedDocumentString(`
    query ConsolePartyProfile($uscc: String, $idNumber: String, $name: String) {
  partyProfile(uscc: $uscc, idNumber: $idNumber, name: $name) {
    query
    names
    licences {
      id
      kind
      licenceNumber
      holderName
      holderUscc
      holderIdNumber
      matterCode
      matter {
        name
      }
      scope
      townshipCode
      status
      validFrom
      validTo
      revokedAt
      revokeReason
      publisherCode
      masked
    }
    licencesPageInfo {
      hasNextPage
    }
    penalties {
      id
      decisionNumber
      decisionDate
      partyName
      partyUscc
      partyIdNumber
      partyPhone
      matterCode
      matter {
        name
      }
      measureKind
      penaltyKinds
      fineAmount
      executionStatus
      facts
      townshipCode
      masked
    }
    penaltiesPageInfo {
      hasNextPage
    }
    openComplaints {
      id
      channel
      status
      summary
      receivedAt
      reporterName
      reporterPhone
      handlingUnitCode
      masked
    }
    openComplaintsPageInfo {
      hasNextPage
    }
    openTransfers {
      id
      state
      matterCode
      partyName
      partyIdNumber
      senderUnitCode
      receiverUnitCode
      createdAt
      nextDueAt
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePartyProfileQuery, ConsolePartyProfileQueryVariables>;
export const ConsolePermitStatusDocument = new TypedDocumentString(`
    query ConsolePermitStatus($uscc: String!, $matterCode: String!) {
  permitStatus(uscc: $uscc, matterCode: $matterCode) {
    at
    covered
    reason
    reasonCode
    licence {
      id
      licenceNumber
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePermitStatusQuery, ConsolePermitStatusQueryVariables>;
export const ConsoleWhoHandlesDocument = new TypedDocumentString(`
    query ConsoleWhoHandles($matterCode: String!, $townshipCode: String!) {
  whoHandles(matterCode: $matterCode, townshipCode: $townshipCode) {
    devolved
    matter {
      code
      name
    }
    unit {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWhoHandlesQuery, ConsoleWhoHandlesQueryVariables>;
export const ConsoleCreateTransferDocument = new TypedDocumentString(`
    mutation ConsoleCreateTransfer($input: CreateTransferInput!) {
  createTransfer(input: $input) {
    id
    state
    receiverUnitCode
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateTransferMutation, ConsoleCreateTransferMutationVariables>;
export const ConsoleSubmitTransferDocument = new TypedDocumentString(`
    mutation ConsoleSubmitTransfer($input: TransferActionInput!) {
  submitTransfer(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitTransferMutation, ConsoleSubmitTransferMutationVariables>;
export const ConsoleRequestTransferMaterialUploadDocument = new TypedDocumentString(`
    mutation ConsoleRequestTransferMaterialUpload($input: RequestTransferMaterialUploadInput!) {
  requestTransferMaterialUpload(input: $input) {
    uploadUrl
    evidence {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRequestTransferMaterialUploadMutation, ConsoleRequestTransferMaterialUploadMutationVariables>;
export const ConsoleConfirmEvidenceUploadDocument = new TypedDocumentString(`
    mutation ConsoleConfirmEvidenceUpload($id: ID!) {
  confirmEvidenceUpload(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleConfirmEvidenceUploadMutation, ConsoleConfirmEvidenceUploadMutationVariables>;
export const ConsoleSendTransferDocument = new TypedDocumentString(`
    mutation ConsoleSendTransfer($input: TransferActionInput!) {
  sendTransfer(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleSendTransferMutation, ConsoleSendTransferMutationVariables>;
export const ConsoleEscalateTransferDocument = new TypedDocumentString(`
    mutation ConsoleEscalateTransfer($input: TransferActionInput!) {
  escalateTransfer(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleEscalateTransferMutation, ConsoleEscalateTransferMutationVariables>;
export const ConsoleEvidenceDownloadDocument = new TypedDocumentString(`
    query ConsoleEvidenceDownload($id: ID!) {
  evidenceDownloadUrl(id: $id) {
    url
    sha256
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleEvidenceDownloadQuery, ConsoleEvidenceDownloadQueryVariables>;
export const ConsoleApprovalQueueDocument = new TypedDocumentString(`
    query ConsoleApprovalQueue {
  transfers(direction: SENT, state: SUBMITTED, first: 50) {
    nodes {
      id
      state
      partyName
      partyUscc
      matterCode
      receiverUnitCode
      facts
      urgent
      situation
      createdAt
      nextDueAt
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleApprovalQueueQuery, ConsoleApprovalQueueQueryVariables>;
export const ConsoleApproveTransferDocument = new TypedDocumentString(`
    mutation ConsoleApproveTransfer($input: TransferActionInput!) {
  approveTransfer(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleApproveTransferMutation, ConsoleApproveTransferMutationVariables>;
export const ConsoleRejectTransferDocument = new TypedDocumentString(`
    mutation ConsoleRejectTransfer($input: TransferActionInput!) {
  rejectTransfer(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleRejectTransferMutation, ConsoleRejectTransferMutationVariables>;
export const ConsoleTransferInboxDocument = new TypedDocumentString(`
    query ConsoleTransferInbox($thisYear: Int!, $nextYear: Int!) {
  transferInbox(first: 50) {
    id
    state
    partyName
    matterCode
    senderUnitCode
    facts
    urgent
    nextDueAt
    overdue
    allowedActions
    receiverUnitCode
    letterNo
    letterEvidenceId
  }
  thisYear: calendarYear(year: $thisYear) {
    ...ConsoleHeldYear
  }
  nextYear: calendarYear(year: $nextYear) {
    ...ConsoleHeldYear
  }
}
    fragment ConsoleHeldYear on CalendarYear {
  exceptions {
    date
    working
  }
}`) as unknown as TypedDocumentString<ConsoleTransferInboxQuery, ConsoleTransferInboxQueryVariables>;
export const ConsoleAcceptTransferDocument = new TypedDocumentString(`
    mutation ConsoleAcceptTransfer($input: TransferActionInput!) {
  acceptTransfer(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleAcceptTransferMutation, ConsoleAcceptTransferMutationVariables>;
export const ConsoleDeclineTransferDocument = new TypedDocumentString(`
    mutation ConsoleDeclineTransfer($input: TransferActionInput!) {
  declineTransfer(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeclineTransferMutation, ConsoleDeclineTransferMutationVariables>;
export const ConsoleSupervisionDocument = new TypedDocumentString(`
    query ConsoleSupervision($period: SupervisionPeriodInput!) {
  supervisionSummary {
    unitCode
    unitName
    overdue
    dueSoon
    maxWorkingDaysOverdue
  }
  supervisionItems(filter: {state: OVERDUE}, first: 20) {
    nodes {
      deadlineId
      itemType
      itemTypeName
      itemId
      kindName
      clause
      ownerUnitCode
      ownerUnitName
      dueAt
      workingDaysOverdue
    }
  }
  supervisionLeague(period: $period) {
    period {
      label
    }
    rows {
      rank
      unitCode
      unitName
      counted
      rate
      rankChange
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSupervisionQuery, ConsoleSupervisionQueryVariables>;
export const ConsoleLiveEventsDocument = new TypedDocumentString(`
    subscription ConsoleLiveEvents($filter: EventFilterInput) {
  liveEvents(filter: $filter) {
    position
    type
  }
}
    `) as unknown as TypedDocumentString<ConsoleLiveEventsSubscription, ConsoleLiveEventsSubscriptionVariables>;
export const ConnectorHealthDocument = new TypedDocumentString(`
    query ConnectorHealth($unitCode: String!) {
  subscriptions(unitCode: $unitCode) {
    id
    name
    delivery
    webhookUrl
    active
    position
    attempts
    lastError
    nextAttemptAt
    lag {
      events
      oldestAt
      oldestSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorHealthQuery, ConnectorHealthQueryVariables>;
export const ConnectorDeadLettersDocument = new TypedDocumentString(`
    query ConnectorDeadLetters($id: ID!) {
  deadLetters(id: $id) {
    eventId
    eventPosition
    attempts
    lastError
    deadAt
    redeliverRequestedAt
  }
}
    `) as unknown as TypedDocumentString<ConnectorDeadLettersQuery, ConnectorDeadLettersQueryVariables>;
export const ConnectorRedeliverDocument = new TypedDocumentString(`
    mutation ConnectorRedeliver($id: ID!) {
  redeliverDeadLetters(id: $id)
}
    `) as unknown as TypedDocumentString<ConnectorRedeliverMutation, ConnectorRedeliverMutationVariables>;
export const ConsoleStatisticsDocument = new TypedDocumentString(`
    query ConsoleStatistics($source: LedgerSource!, $groupBy: [LedgerDimension!]!, $period: LedgerPeriod, $measures: [LedgerMeasure!]!, $filter: LedgerFilterInput) {
  statistics(
    source: $source
    groupBy: $groupBy
    period: $period
    measures: $measures
    filter: $filter
  ) {
    source
    groupBy
    period
    measures
    headers
    rows {
      keys
      labels
      values
    }
    totals
  }
}
    `) as unknown as TypedDocumentString<ConsoleStatisticsQuery, ConsoleStatisticsQueryVariables>;
export const ConsoleRequestStatisticsExportDocument = new TypedDocumentString(`
    mutation ConsoleRequestStatisticsExport($input: RequestExportInput!) {
  requestExport(input: $input) {
    ...ConsoleExportJobFields
  }
}
    fragment ConsoleExportJobFields on ExportJob {
  id
  status
  progress
  rowsWritten
  totalRows
  title
  format
  error
}`) as unknown as TypedDocumentString<ConsoleRequestStatisticsExportMutation, ConsoleRequestStatisticsExportMutationVariables>;
export const ConsoleExportJobDocument = new TypedDocumentString(`
    query ConsoleExportJob($id: ID!) {
  exportJob(id: $id) {
    ...ConsoleExportJobFields
  }
}
    fragment ConsoleExportJobFields on ExportJob {
  id
  status
  progress
  rowsWritten
  totalRows
  title
  format
  error
}`) as unknown as TypedDocumentString<ConsoleExportJobQuery, ConsoleExportJobQueryVariables>;
export const ConsoleExportDownloadDocument = new TypedDocumentString(`
    query ConsoleExportDownload($id: ID!) {
  exportDownloadUrl(id: $id) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportDownloadQuery, ConsoleExportDownloadQueryVariables>;
export const ConsoleRegisterComplaintDocument = new TypedDocumentString(`
    mutation ConsoleRegisterComplaint($input: ComplaintRecordInput!) {
  publishComplaintRecord(input: $input) {
    outcome
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRegisterComplaintMutation, ConsoleRegisterComplaintMutationVariables>;
export const ConsoleOpenComplaintsDocument = new TypedDocumentString(`
    query ConsoleOpenComplaints($unitCode: String!) {
  complaintRecords(handlingUnitCode: $unitCode, openOnly: true, first: 50) {
    nodes {
      id
      status
      channel
      subjectName
      summary
      receivedAt
      reporterName
      reporterPhone
      masked
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOpenComplaintsQuery, ConsoleOpenComplaintsQueryVariables>;
export const ConsoleComplaintWorkDocument = new TypedDocumentString(`
    query ConsoleComplaintWork($id: ID!) {
  complaint(id: $id) {
    id
    status
    allowedActions
    deadlines {
      id
      kindName
      clause
      dueAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleComplaintWorkQuery, ConsoleComplaintWorkQueryVariables>;
export const ConsoleStartComplaintCheckDocument = new TypedDocumentString(`
    mutation ConsoleStartComplaintCheck($input: ComplaintActionInput!) {
  startComplaintCheck(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleStartComplaintCheckMutation, ConsoleStartComplaintCheckMutationVariables>;
export const ConsoleAnswerComplaintDocument = new TypedDocumentString(`
    mutation ConsoleAnswerComplaint($input: AnswerComplaintInput!) {
  answerComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleAnswerComplaintMutation, ConsoleAnswerComplaintMutationVariables>;
export const ConsoleRedirectComplaintDocument = new TypedDocumentString(`
    mutation ConsoleRedirectComplaint($input: RedirectComplaintInput!) {
  redirectComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRedirectComplaintMutation, ConsoleRedirectComplaintMutationVariables>;
export const ConsoleFileComplaintDocument = new TypedDocumentString(`
    mutation ConsoleFileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleFileComplaintMutation, ConsoleFileComplaintMutationVariables>;
export const ConsoleCloseComplaintDocument = new TypedDocumentString(`
    mutation ConsoleCloseComplaint($input: FileComplaintInput!) {
  closeComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCloseComplaintMutation, ConsoleCloseComplaintMutationVariables>;
export const ConsoleSupervisedTransferDocument = new TypedDocumentString(`
    query ConsoleSupervisedTransfer($id: ID!) {
  transfer(id: $id) {
    id
    state
    partyName
    matterCode
    senderUnitCode
    receiverUnitCode
    facts
    steps {
      ...ConsoleItemStep
    }
    deadlines {
      ...ConsoleItemDeadline
    }
  }
}
    fragment ConsoleItemStep on LifecycleStep {
  id
  action
  actorName
  unitCode
  occurredAt
  note
  toState
}
fragment ConsoleItemDeadline on Deadline {
  id
  kind
  kindName
  clause
  dueAt
  closedAt
  overdue
  ownerUnitCode
}`) as unknown as TypedDocumentString<ConsoleSupervisedTransferQuery, ConsoleSupervisedTransferQueryVariables>;
export const ConsoleSupervisedComplaintDocument = new TypedDocumentString(`
    query ConsoleSupervisedComplaint($id: ID!) {
  complaint(id: $id) {
    id
    status
    channel
    outcome
    summary
    subjectName
    handlingUnitCode
    receivedAt
    steps {
      ...ConsoleItemStep
    }
    deadlines {
      ...ConsoleItemDeadline
    }
  }
}
    fragment ConsoleItemStep on LifecycleStep {
  id
  action
  actorName
  unitCode
  occurredAt
  note
  toState
}
fragment ConsoleItemDeadline on Deadline {
  id
  kind
  kindName
  clause
  dueAt
  closedAt
  overdue
  ownerUnitCode
}`) as unknown as TypedDocumentString<ConsoleSupervisedComplaintQuery, ConsoleSupervisedComplaintQueryVariables>;
export const ConsoleSupervisedAssistanceDocument = new TypedDocumentString(`
    query ConsoleSupervisedAssistance($id: ID!) {
  assistanceRequest(id: $id) {
    id
    state
    kind
    subject
    details
    requestingUnitCode
    requestedUnitCode
    steps {
      ...ConsoleItemStep
    }
    deadlines {
      ...ConsoleItemDeadline
    }
  }
}
    fragment ConsoleItemStep on LifecycleStep {
  id
  action
  actorName
  unitCode
  occurredAt
  note
  toState
}
fragment ConsoleItemDeadline on Deadline {
  id
  kind
  kindName
  clause
  dueAt
  closedAt
  overdue
  ownerUnitCode
}`) as unknown as TypedDocumentString<ConsoleSupervisedAssistanceQuery, ConsoleSupervisedAssistanceQueryVariables>;
export const ConsoleSupervisedActionItemDocument = new TypedDocumentString(`
    query ConsoleSupervisedActionItem($id: ID!) {
  actionItem(id: $id) {
    id
    state
    title
    details
    assignedUnitCode
    dueOn
    steps {
      ...ConsoleItemStep
    }
    deadlines {
      ...ConsoleItemDeadline
    }
  }
}
    fragment ConsoleItemStep on LifecycleStep {
  id
  action
  actorName
  unitCode
  occurredAt
  note
  toState
}
fragment ConsoleItemDeadline on Deadline {
  id
  kind
  kindName
  clause
  dueAt
  closedAt
  overdue
  ownerUnitCode
}`) as unknown as TypedDocumentString<ConsoleSupervisedActionItemQuery, ConsoleSupervisedActionItemQueryVariables>;