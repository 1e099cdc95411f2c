import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ComplaintChannel, ComplaintStatus, DeviceKind, DeviceStatus, LedgerEntryKind, NormativeKind } from '../enums/record.enums';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from './record.model';

@ObjectType({ description: '规范性文件 a law, standard, discretion benchmark or workflow for devolved matters (§4(1)1)' })
export class NormativeDocument extends SharedRecord {
  @Field(() => NormativeKind)
  kind!: NormativeKind;

  @Field({ description: '标题 title' })
  title!: string;

  @Field(() => String, { nullable: true, description: '文号 document number' })
  documentNumber!: string | null;

  @Field({ description: '制定机关 issuing body' })
  issuingBody!: string;

  @Field({ description: '施行日期 effective from (YYYY-MM-DD)' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: '废止日期 repealed on (YYYY-MM-DD)' })
  repealedOn!: string | null;

  @Field(() => [String], { description: '适用事项 devolved matters it governs' })
  matterCodes!: string[];

  @Field(() => String, { nullable: true, description: '附件 attachment reference (evidence file id)' })
  attachmentRef!: string | null;
}

@ObjectType()
export class NormativeDocumentConnection extends Paginated(NormativeDocument, 'NormativeDocument') {}

@ObjectType({ description: '举报投诉 the shared record of a report, complaint, appeal or petition (§4(1)6)' })
export class ComplaintRecord extends SharedRecord {
  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field({ description: '受理时间 received at' })
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: '举报人 reporter name (confidential: masked unless the reader handles it)' })
  reporterName!: string | null;

  @Field(() => String, { nullable: true, description: '举报人电话 reporter phone (confidential)' })
  reporterPhone!: string | null;

  @Field(() => String, { nullable: true, description: '举报人身份证号 reporter ID number (confidential)' })
  reporterIdNumber!: string | null;

  @Field(() => String, { nullable: true, description: '被举报对象 the party complained about' })
  subjectName!: string | null;

  @Field(() => String, { nullable: true, description: '被举报对象统一社会信用代码' })
  subjectUscc!: string | null;

  @Field(() => String, { nullable: true })
  matterCode!: string | null;

  @Field(() => String, { nullable: true })
  townshipCode!: string | null;

  @Field({ description: '内容摘要 summary' })
  summary!: string;

  @Field({ description: '承办单位 unit handling it (first receiver unless transferred, §4(2))' })
  handlingUnitCode!: string;

  @Field(() => ComplaintStatus)
  status!: ComplaintStatus;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType()
export class ComplaintRecordConnection extends Paginated(ComplaintRecord, 'ComplaintRecord') {}

@ObjectType({ description: '电子技术监控设备 a surveillance device (§4(1)5)' })
export class SurveillanceDevice extends SharedRecord {
  @Field({ description: '设备编号 device code' })
  deviceCode!: string;

  @Field(() => DeviceKind)
  deviceKind!: DeviceKind;

  @Field({ description: '安装位置 location' })
  location!: string;

  @Field(() => String, { nullable: true })
  latitude!: string | null;

  @Field(() => String, { nullable: true })
  longitude!: string | null;

  @Field(() => String, { nullable: true })
  townshipCode!: string | null;

  @Field(() => DeviceStatus)
  status!: DeviceStatus;
}

@ObjectType()
export class SurveillanceDeviceConnection extends Paginated(SurveillanceDevice, 'SurveillanceDevice') {}

@ObjectType({ description: '监控数据 one reading or event of a device' })
export class DeviceReading {
  @Field()
  observedAt!: Date;

  @Field()
  kind!: string;

  @Field(() => GraphQLJSON)
  reading!: Record<string, unknown>;
}

@ObjectType()
export class DeviceReadingConnection extends Paginated(DeviceReading, 'DeviceReading') {}

@ObjectType({ description: '监控数据接收结果' })
export class DeviceReadingsResult {
  @Field({ description: 'Readings stored now.' })
  stored!: number;

  @Field({ description: 'Readings already held (same device, time and kind): ignored.' })
  duplicates!: number;
}

@ObjectType({ description: '台账 a statistic or work summary of a unit for a period (§4(1)4)' })
export class LedgerEntry extends SharedRecord {
  @Field(() => LedgerEntryKind)
  entryKind!: LedgerEntryKind;

  @Field({ description: '期间 period: 2026, 2026-Q1 or 2026-03' })
  period!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: '指标 indicator' })
  indicator!: string | null;

  @Field(() => String, { nullable: true, description: '数值 value, exact decimal' })
  value!: string | null;

  @Field(() => GraphQLJSON, { description: '维度 dimensions, e.g. {"matter": "SCJG-001"}' })
  dimensions!: Record<string, string>;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => String, { nullable: true, description: '需求单位 the department that asked for it, if any' })
  requestedByCode!: string | null;
}

@ObjectType()
export class LedgerEntryConnection extends Paginated(LedgerEntry, 'LedgerEntry') {}

@ObjectType({ description: '其他执法信息类型 a declared kind of other enforcement information' })
export class OtherInfoKind {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => GraphQLJSON, { description: 'JSON Schema its payloads must meet.' })
  jsonSchema!: Record<string, unknown>;
}

@ObjectType({ description: '其他执法信息 other enforcement information (§4(1)7)' })
export class OtherEnforcementInfo extends SharedRecord {
  @Field()
  kindCode!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  townshipCode!: string | null;

  @Field(() => String, { nullable: true })
  matterCode!: string | null;

  @Field(() => GraphQLJSON)
  payload!: Record<string, unknown>;
}

@ObjectType()
export class OtherEnforcementInfoConnection extends Paginated(OtherEnforcementInfo, 'OtherEnforcementInfo') {}
