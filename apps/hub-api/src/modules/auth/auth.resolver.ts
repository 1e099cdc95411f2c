import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ApiKey,
  ApiKeyIdArgs,
  AuthToken,
  CreateUserInput,
  IssuedApiKey,
  IssueApiKeyInput,
  LoginInput,
  UnitCodeArgs,
  UserAccount,
  Viewer,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { CurrentActor, Operation, Public } from '../../common/auth/auth.decorators';
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

  @Mutation(() => AuthToken, { description: '登录 log in; the token goes in `Authorization: Bearer …`' })
  @Public('auth.login')
  login(@Args('input') input: LoginInput) {
    return this.accounts.login(input);
  }

  @Mutation(() => UserAccount, { description: '新建用户 create a person\'s account (admin)' })
  @Operation('user.create')
  createUser(@Args('input') input: CreateUserInput) {
    return this.accounts.create(input);
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
