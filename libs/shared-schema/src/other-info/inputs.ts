import { RequiredText } from '../validation/input-fields';
import { Field, InputType } from '@nestjs/graphql';
import { IsObject, IsOptional, Matches } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { MATTER_CODE_PATTERN, SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';
import { IsTownshipCode } from '../validation/decorators';

@InputType({ description: '登记其他执法信息类型 declare a kind with the JSON Schema of its payloads (admin)' })
export class OtherInfoKindInput {
  @Field()
  @Matches(/^[a-z][a-z0-9-]{1,49}$/, { message: 'must be 2-50 lower-case letters, digits or dashes' })
  code!: string;

  @RequiredText(100)
  name!: string;

  @Field(() => GraphQLJSON)
  @IsObject()
  jsonSchema!: Record<string, unknown>;
}

@InputType({ description: '其他执法信息 as the unit publishes it' })
export class OtherEnforcementInfoInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId!: string;

  @Field()
  @Matches(/^[a-z][a-z0-9-]{1,49}$/, { message: 'must be a declared kind code' })
  kindCode!: string;

  @RequiredText(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTownshipCode()
  townshipCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode?: string | null;

  @Field(() => GraphQLJSON, { description: 'Must meet the JSON Schema declared for the kind.' })
  @IsObject()
  payload!: Record<string, unknown>;
}
