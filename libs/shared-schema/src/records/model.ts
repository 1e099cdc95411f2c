import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { PublishOutcome } from './enums';

@ObjectType({ description: '错误 why one record of a batch was rejected' })
export class RecordError {
  @Field({ description: 'Stable code, e.g. BAD_USER_INPUT or NOT_FOUND.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Path of the field at fault within the record, e.g. `holderUscc`.' })
  field!: string | null;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The specific refusal beside the code, e.g. COMPLAINT_STATUS_OWNED_BY_WORKFLOW.' })
  reason?: string | null;
}

@ObjectType({ description: '推送回执 the answer for one published record' })
export class PublishResult {
  @Field(() => Int, { description: 'Position of the record in the batch (0-based).' })
  index!: number;

  @Field({ description: "The publisher's own record id." })
  sourceId!: string;

  @Field(() => PublishOutcome)
  outcome!: PublishOutcome;

  @Field(() => ID, { nullable: true, description: "The hub's id of the record." })
  id!: string | null;

  @Field(() => Int, { nullable: true, description: 'The current version after this call.' })
  version!: number | null;

  @Field(() => RecordError, { nullable: true, description: 'Why the record was refused (REJECTED or WITHDRAWN); null otherwise.' })
  error!: RecordError | null;

  @Field(() => Date, { nullable: true, description: '撤回时间 when the record was withdrawn (outcome WITHDRAWN); null otherwise.' })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '撤回原因 the reason the withdrawal gave (outcome WITHDRAWN); null otherwise.' })
  revokeReason?: string | null;
}

/**
 * How a single-record publish answers, documented on each `publish…` mutation: the same refusal a
 * batch answers in `results[i].error` is a top-level GraphQL error.
 */
export const SINGLE_PUBLISH_ERRORS =
  '. A refused record (what a batch answers as REJECTED or WITHDRAWN in `results[i].error`) is answered here as a top-level GraphQL error ' +
  "with the same `extensions.code` and the message, and `extensions.field` = `input.` + the batch's `error.field` (e.g. `input.holderUscc`; " +
  'a withdrawn record: CONFLICT on `input.sourceId`); `data` is then null. Use the batch mutation to get every answer as data.';

@ObjectType({ description: '推送批次回执 answers of a batch, one per record in order' })
export class BatchPublishResult {
  @Field(() => Int, { description: 'Records the hub holds after this call: CREATED, REVISED or UNCHANGED.' })
  accepted!: number;

  @Field(() => Int, { description: 'Records refused as invalid (REJECTED).' })
  rejected!: number;

  @Field(() => Int, { description: '已撤回 records refused because they were withdrawn (WITHDRAWN); reinstateRecord brings one back.' })
  withdrawn!: number;

  @Field(() => [PublishResult])
  results!: PublishResult[];
}

@ObjectType({ description: '历史版本 one version of a shared record' })
export class RecordVersion {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'PUBLISHED, REVISED, REVOKED (撤回) or REINSTATED (恢复).' })
  change!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'Who published this version (user name or API key prefix).' })
  actorName!: string;

  @Field(() => GraphQLJSON, { description: 'The record as published in this version (personal data masked as in queries).' })
  content!: Record<string, unknown>;
}

/** Fields every shared record shows. */
@ObjectType({ isAbstract: true })
export abstract class SharedRecord {
  @Field(() => ID)
  id!: string;

  @Field({ description: '推送单位 unit that published the record' })
  publisherCode!: string;

  @Field({ description: "The publisher's own record id." })
  sourceId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  publishedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: '撤回时间 when the publisher revoked the record (it stays, marked)' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '撤回原因 reason given for revoking' })
  revokeReason!: string | null;

  @Field({ description: 'True when personal data in this answer is masked for the reader.' })
  masked!: boolean;
}
