import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';

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
