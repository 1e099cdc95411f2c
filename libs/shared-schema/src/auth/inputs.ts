import { RequiredText } from '../validation/input-fields';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsString, IsUUID, Length, Matches } from 'class-validator';
import { UNIT_CODE_PATTERN } from '../units/inputs';

import { ApiKeyScope, Role } from './enums';

@InputType({ description: '签发接口密钥 issue an API key for a unit system' })
export class IssueApiKeyInput {
  @Field({ description: "Unit the key will act for: the caller's own unit unless the caller is an admin." })
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  unitCode!: string;

  @RequiredText(100)
  name!: string;

  @Field(() => [ApiKeyScope])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsEnum(ApiKeyScope, { each: true })
  scopes!: ApiKeyScope[];
}

@InputType({ description: '新建用户 create a human account' })
export class CreateUserInput {
  @Field()
  @Matches(/^[a-z0-9._-]{3,40}$/, { message: 'must be 3-40 lower-case letters, digits, dot, dash or underscore' })
  username!: string;

  @RequiredText(50)
  displayName!: string;

  @Field()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  unitCode!: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @Length(12, 200)
  password!: string;
}

@InputType({ description: '登录 log in with user name and password' })
export class LoginInput {
  @Field()
  @IsString()
  @Length(1, 40)
  username!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;
}

@InputType({ description: "停用或启用用户 deactivate or reactivate a person's account (admin); deactivating ends their tokens at once" })
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field({ description: 'false: the account can no longer log in, and every token it holds stops working.' })
  @IsBoolean()
  active!: boolean;
}

@InputType({ description: '重置密码 set a new password for a person (admin); their existing tokens end at once' })
export class ResetUserPasswordInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field({ description: '新密码 at least 12 characters.' })
  @IsString()
  @Length(12, 200)
  newPassword!: string;
}

@InputType({ description: "修改本人密码 change one's own password; every token issued before ends, the answer carries a new one" })
export class ChangeOwnPasswordInput {
  @Field({ description: '当前密码 the password in use now.' })
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @Field({ description: '新密码 at least 12 characters.' })
  @IsString()
  @Length(12, 200)
  newPassword!: string;
}
