import { Field, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';
import { ComplaintChannel, ComplaintStatus } from './enums';

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
