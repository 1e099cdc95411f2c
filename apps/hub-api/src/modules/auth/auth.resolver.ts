import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ApiKey,
  ApiKeyIdArgs,
  AuthToken,
  ChangeOwnPasswordInput,
  CreateUserInput,
  IssuedApiKey,
  IssueApiKeyInput,
  LoginInput,
  ResetUserPasswordInput,
  SetUserActiveInput,
  UnitCodeArgs,
  UserAccount,
  Viewer,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { CallerOrigin, CurrentActor, Operation, Public } from '../../common/auth/auth.decorators';
import { OutsideTransaction } from '../audit/outside-transaction.decorator';
import { CallOrigin } from './accounts.service';
import { AccountsService } from './accounts.service';
import { ApiKeysService } from './api-keys.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly apiKeyService: ApiKeysService,
  ) {}

  @Query(() => Viewer, { description: '当前调用者 who the hub takes the caller to be' })
  @Operation('viewer.read')
  viewer(@CurrentActor() actor: Actor): Viewer {
    return { kind: actor.kind, name: actor.name, unitCode: actor.unitCode, roles: actor.roles, scopes: actor.scopes };
  }

  @Mutation(() => AuthToken, {
    description:
      '登录 log in; the token goes in `Authorization: Bearer …`. Failed attempts per user name and per client address are slowed down, then locked out for a while (RATE_LIMITED with retryAfterSeconds).',
  })
  @Public('auth.login')
  @OutsideTransaction()
  login(@Args('input') input: LoginInput, @CallerOrigin() origin: CallOrigin) {
    return this.accounts.login(input, origin);
  }

  @Mutation(() => UserAccount, { description: "新建用户 create a person's account (admin)" })
  @Operation('user.create')
  @OutsideTransaction()
  createUser(@Args('input') input: CreateUserInput) {
    return this.accounts.create(input);
  }

  @Mutation(() => UserAccount, {
    description: '停用或启用用户 deactivate or reactivate an account (admin); deactivating ends its tokens at once',
  })
  @Operation('user.setActive')
  setUserActive(@Args('input') input: SetUserActiveInput) {
    return this.accounts.setActive(input);
  }

  @Mutation(() => UserAccount, { description: '重置密码 set a new password for an account (admin); its existing tokens end at once' })
  @Operation('user.resetPassword')
  @OutsideTransaction()
  resetUserPassword(@Args('input') input: ResetUserPasswordInput) {
    return this.accounts.resetPassword(input);
  }

  @Mutation(() => AuthToken, {
    description: "修改本人密码 change one's own password (the current one is needed); every earlier token ends, a new one is returned",
  })
  @Operation('user.changeOwnPassword')
  @OutsideTransaction()
  changeOwnPassword(@Args('input') input: ChangeOwnPasswordInput, @CurrentActor() actor: Actor, @CallerOrigin() origin: CallOrigin) {
    return this.accounts.changeOwnPassword(actor, input, origin);
  }

  @Query(() => [UserAccount], { description: '单位用户 accounts of a unit' })
  @Operation('user.list')
  users(@Args() args: UnitCodeArgs) {
    return this.accounts.list(args.unitCode);
  }

  @Mutation(() => IssuedApiKey, { description: '签发接口密钥 issue an API key for a unit system; the secret is shown once' })
  @Operation('apiKey.issue')
  issueApiKey(@Args('input') input: IssueApiKeyInput, @CurrentActor() actor: Actor) {
    return this.apiKeyService.issue(input, actor);
  }

  @Mutation(() => ApiKey, { description: '吊销接口密钥 revoke an API key at once' })
  @Operation('apiKey.revoke')
  revokeApiKey(@Args() args: ApiKeyIdArgs) {
    return this.apiKeyService.revoke(args.id);
  }

  @Query(() => [ApiKey], { description: '接口密钥 the API keys of a unit' })
  @Operation('apiKey.list')
  apiKeys(@Args() args: UnitCodeArgs) {
    return this.apiKeyService.list(args.unitCode);
  }
}
