import { RequiredText } from '../validation/input-fields';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, IsUrl, Matches, MaxLength } from 'class-validator';
import { RecordCategory } from '../records/enums';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { UNIT_CODE_PATTERN } from '../units/inputs';

import { DeliveryMode, SubscriptionStart } from './enums';

/**
 * Event positions travel as decimal strings: they are bigints and outgrow a GraphQL Int. Up to 18
 * digits, so that every accepted value fits PostgreSQL's bigint.
 */
export const POSITION_PATTERN = /^\d{1,18}$/;
export const POSITION_MESSAGE = 'must be an event position (a decimal number as a string)';
const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const WEBHOOK_URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/** Which events a reader wants: shared by subscriptions and live consoles; empty or absent means "any". */
@InputType({ description: '事件筛选 which events: every list given must match; an empty or absent list means any' })
export class EventFilterInput {
  @Field(() => [RecordCategory], { nullable: true, description: '信息类别 categories' })
  @IsOptional()
  @IsEnum(RecordCategory, { each: true })
  categories?: RecordCategory[];

  @Field(() => [String], { nullable: true, description: '事件类型 event types, e.g. `licensing.published`' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(EVENT_TYPE_PATTERN, { each: true, message: 'each must be an event type like licensing.published' })
  eventTypes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: "镇街 townships: the record's township, or a township the event is addressed to (§4(1)1)",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^\d{9}$/, { each: true, message: 'each must be a 9-digit township code' })
  townshipCodes?: string[];

  @Field(() => [String], { nullable: true, description: '事项 devolved matters' })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(MATTER_CODE_PATTERN, { each: true, message: 'each must be a matter code' })
  matterCodes?: string[];

  @Field(() => [String], { nullable: true, description: '发布单位 publishing units' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(UNIT_CODE_PATTERN, { each: true, message: 'each must be a unit code' })
  publisherCodes?: string[];

  @Field(() => [String], { nullable: true, description: '当事人 parties, by unified social credit code' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { each: true, message: 'each must be an 18-character unified social credit code' })
  partyKeys?: string[];
}

@InputType({ description: '新建订阅 what a unit wants from the change log, and how it receives it' })
export class CreateSubscriptionInput extends EventFilterInput {
  @Field({ description: "The subscribing unit: the caller's own unless the caller is an admin." })
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  unitCode!: string;

  @RequiredText(100, 'A name unique within the unit, e.g. `licences-in-our-township`.')
  name!: string;

  @Field(() => DeliveryMode)
  @IsEnum(DeliveryMode)
  delivery!: DeliveryMode;

  @Field(() => String, { nullable: true, description: 'Required for WEBHOOK: where the hub POSTs events.' })
  @IsOptional()
  @MaxLength(500)
  @IsUrl(WEBHOOK_URL_OPTIONS, { message: 'must be an http(s) URL' })
  webhookUrl?: string | null;

  @Field(() => SubscriptionStart, { defaultValue: SubscriptionStart.NOW })
  @IsEnum(SubscriptionStart)
  startFrom: SubscriptionStart = SubscriptionStart.NOW;
}

@InputType({ description: "修改订阅 change a subscription's filters, endpoint or state; absent fields stay" })
export class UpdateSubscriptionInput extends EventFilterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a subscription id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @IsUrl(WEBHOOK_URL_OPTIONS, { message: 'must be an http(s) URL' })
  webhookUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses delivery; events keep accumulating.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
