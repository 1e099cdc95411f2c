import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActorKind, ApiKeyScope, Role } from './enums';

@ObjectType({ description: '接口密钥 an API key of a unit system (the secret itself is never shown again)' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field({ description: '密钥名称 a label chosen by the unit' })
  name!: string;

  @Field({ description: '单位代码 unit the key acts for' })
  unitCode!: string;

  @Field({ description: 'Public prefix of the key, to recognise it in logs and lists.' })
  prefix!: string;

  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '吊销时间 when the key was revoked' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}

@ObjectType({ description: 'A newly issued API key: `secret` is shown this once and stored only as a hash.' })
export class IssuedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field({ description: 'The full key to configure in the unit system. It cannot be shown again.' })
  secret!: string;
}

@ObjectType({ description: '用户 a human account' })
export class UserAccount {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field({ description: '姓名 display name' })
  displayName!: string;

  @Field({ description: '单位代码 unit of the account' })
  unitCode!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  active!: boolean;
}

@ObjectType({ description: '登录结果 a signed access token' })
export class AuthToken {
  @Field({ description: 'Bearer token for the Authorization header.' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserAccount)
  user!: UserAccount;
}

@ObjectType({ description: '当前调用者 the caller as the hub sees it' })
export class Viewer {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field({ description: 'User name, or API key prefix.' })
  name!: string;

  @Field()
  unitCode!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [ApiKeyScope], { description: 'Scopes of an API key; empty for a person.' })
  scopes!: ApiKeyScope[];
}
