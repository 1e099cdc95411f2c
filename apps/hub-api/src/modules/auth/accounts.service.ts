import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ActorKind, AuthToken, CreateUserInput, HUMAN_ROLES, LoginInput, Role, UserAccount } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { ConflictError, InputError, UnauthenticatedError } from '../../common/errors/domain-error';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { UnitsService } from '../units/units.service';
import { CredentialsRepository } from './credentials.repository';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-hasher';
import { UserAccountEntity } from './user-account.entity';

interface AccessTokenClaims {
  sub: string;
  name: string;
  unit: string;
  roles: Role[];
}

export function toUserAccount(row: UserAccountEntity): UserAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    unitCode: row.unitCode,
    roles: row.roles,
    active: row.active,
  };
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly units: UnitsService,
    private readonly jwt: JwtService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  async create(input: CreateUserInput): Promise<UserAccount> {
    const roles = [...new Set(input.roles)];
    const machineOnly = roles.find((role) => !HUMAN_ROLES.includes(role));
    if (machineOnly) throw new InputError('input.roles', `${machineOnly} is for API keys, not for people`);
    await this.units.getActive(input.unitCode, 'input.unitCode');
    if (await this.credentials.findUserByName(input.username)) {
      throw new ConflictError(`user name ${input.username} is taken`, 'input.username');
    }
    const row = await this.credentials.insertUser({
      username: input.username,
      displayName: input.displayName,
      unitCode: input.unitCode,
      roles,
      passwordHash: await hashPassword(input.password),
    });
    return toUserAccount(row);
  }

  async list(unitCode: string): Promise<UserAccount[]> {
    return (await this.credentials.listUsers(unitCode)).map(toUserAccount);
  }

  async login(input: LoginInput): Promise<AuthToken> {
    const user = await this.credentials.findUserByName(input.username);
    const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !valid || !user.active) throw new UnauthenticatedError('invalid user name or password');
    if (!(await this.units.findByCode(user.unitCode))?.active) throw new UnauthenticatedError(`unit ${user.unitCode} is deactivated`);
    const claims: AccessTokenClaims = { sub: user.id, name: user.username, unit: user.unitCode, roles: user.roles };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.auth.tokenTtlSeconds });
    return {
      accessToken,
      expiresAt: new Date(Date.now() + this.config.auth.tokenTtlSeconds * 1000),
      user: toUserAccount(user),
    };
  }

  /**
   * The actor a signed access token stands for, or null when the signature or expiry fails or the
   * account or its unit has since been deactivated. Unit and roles are read from the database, so a
   * change of roles takes effect at once rather than when the token expires.
   */
  async verify(token: string): Promise<Actor | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return null;
    }
    const user = await this.credentials.findActiveUser(claims.sub);
    if (!user?.unit) return null;
    return { kind: ActorKind.USER, id: user.id, name: user.username, unitCode: user.unitCode, unitKind: user.unit.kind, roles: user.roles, scopes: [] };
  }
}
