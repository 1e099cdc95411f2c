import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import {
  ActorKind,
  AuthToken,
  ChangeOwnPasswordInput,
  CreateUserInput,
  HUMAN_ROLES,
  LoginInput,
  ResetUserPasswordInput,
  Role,
  SetUserActiveInput,
  UserAccount,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { UnitsService } from '../units/units.service';
import { AuthErrors } from './auth.errors';
import { CredentialsRepository } from './credentials.repository';
import { LoginAttempt, LoginThrottle } from './login-throttle.service';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-hasher';
import { UserAccountEntity } from './user-account.entity';
import { Clock } from '../../common/time/clock';

interface AccessTokenClaims {
  sub: string;
  name: string;
  unit: string;
  roles: Role[];
  /** The account's token_version when the token was issued; a later one ends it. */
  ver: number;
}

/** Where a call came from, for the log-in limits and the log line. */
export type CallOrigin = Pick<LoginAttempt, 'clientAddress' | 'requestId'>;

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

/**
 * People's accounts: creation, log-in and the lifecycle an administrator expects. Every method that
 * hashes a password runs @OutsideTransaction: it reads on the pool, hashes with no connection held,
 * then writes in one short transaction, so a burst of log-ins cannot starve the pool.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly units: UnitsService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly tx: TransactionRunner,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateUserInput): Promise<UserAccount> {
    const roles = [...new Set(input.roles)];
    const machineOnly = roles.find((role) => !HUMAN_ROLES.includes(role));
    if (machineOnly) throw AuthErrors.roleForApiKeys(machineOnly);
    await this.units.getActive(input.unitCode, 'input.unitCode');
    if (await this.credentials.findUserByName(input.username)) {
      throw AuthErrors.usernameTaken(input.username);
    }
    const passwordHash = await hashPassword(input.password);
    // A name taken meanwhile fails on the unique index: CONFLICT.
    const row = await this.tx.run(() =>
      this.credentials.insertUser({
        username: input.username,
        displayName: input.displayName,
        unitCode: input.unitCode,
        roles,
        passwordHash,
        tokenVersion: 0,
      }),
    );
    return toUserAccount(row);
  }

  async list(unitCode: string): Promise<UserAccount[]> {
    return (await this.credentials.listUsers(unitCode)).map(toUserAccount);
  }

  /**
   * Refused before any hashing while the user name or the address is rate limited; every failure is
   * counted, whether the name exists or not (the dummy hash keeps the timing the same).
   */
  async login(input: LoginInput, origin: CallOrigin): Promise<AuthToken> {
    const attempt: LoginAttempt = { username: input.username, ...origin };
    await this.throttle.assertAllowed(attempt);
    const user = await this.credentials.findUserByName(input.username);
    const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    const failure = !user ? 'unknown_user' : !valid ? 'wrong_password' : !user.active ? 'inactive_user' : null;
    if (failure || !user) {
      await this.throttle.recordFailure(failure ?? 'unknown_user', attempt);
      throw AuthErrors.invalidLogin();
    }
    if (!(await this.units.findByCode(user.unitCode))?.active) {
      await this.throttle.recordFailure('inactive_unit', attempt);
      throw AuthErrors.unitDeactivated(user.unitCode);
    }
    await this.throttle.recordSuccess(attempt);
    return this.issueToken(user);
  }

  /** Deactivating ends every token of the account at once; reactivating does not bring them back. */
  async setActive(input: SetUserActiveInput): Promise<UserAccount> {
    await this.getUser(input.userId);
    return toUserAccount(await this.credentials.setUserActive(input.userId, input.active));
  }

  /** An administrator sets a new password; the person's existing tokens end at once. */
  async resetPassword(input: ResetUserPasswordInput): Promise<UserAccount> {
    await this.getUser(input.userId);
    const passwordHash = await hashPassword(input.newPassword);
    return toUserAccount(await this.tx.run(() => this.credentials.setUserPassword(input.userId, passwordHash)));
  }

  /**
   * A person changes their own password, proving the current one (a stolen token alone is not
   * enough); a wrong one counts against the log-in limits like a failed log-in. Every token issued
   * before ends, the one used for this call included: the answer carries a new token.
   */
  async changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput, origin: CallOrigin): Promise<AuthToken> {
    const attempt: LoginAttempt = { username: actor.name, ...origin };
    await this.throttle.assertAllowed(attempt);
    const user = await this.credentials.findActiveUser(actor.id);
    if (!user) throw AuthErrors.credentialInvalid();
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      await this.throttle.recordFailure('wrong_password', attempt);
      throw AuthErrors.currentPasswordWrong();
    }
    const passwordHash = await hashPassword(input.newPassword);
    const updated = await this.tx.run(() => this.credentials.setUserPassword(user.id, passwordHash));
    await this.throttle.recordSuccess(attempt);
    return this.issueToken(updated);
  }

  /**
   * The actor a signed access token stands for, or null when the signature or expiry fails, the token
   * has no expiry or no well-formed subject, or the account or its unit has since been deactivated or
   * the account's tokens ended (token_version). Unit and roles are read from the database, so a
   * change of roles takes effect at once rather than when the token expires.
   */
  async verify(token: string): Promise<Actor | null> {
    let claims: Partial<AccessTokenClaims> & { exp?: unknown };
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return null;
    }
    // A token without `exp` would never end; a subject that is not a UUID names no account.
    if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || !isUUID(claims.sub)) return null;
    const user = await this.credentials.findActiveUserForToken(claims.sub);
    if (!user?.unit || (claims.ver ?? 0) !== user.tokenVersion) return null;
    return {
      kind: ActorKind.USER,
      id: user.id,
      name: user.username,
      unitCode: user.unitCode,
      unitKind: user.unit.kind,
      roles: user.roles,
      scopes: [],
    };
  }

  private async getUser(id: string): Promise<UserAccountEntity> {
    const user = await this.credentials.findUser(id);
    if (!user) throw AuthErrors.userNotFound(id);
    return user;
  }

  private async issueToken(user: UserAccountEntity): Promise<AuthToken> {
    const claims: AccessTokenClaims = { sub: user.id, name: user.username, unit: user.unitCode, roles: user.roles, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.auth.tokenTtlSeconds });
    return {
      accessToken,
      expiresAt: this.clock.after(this.config.auth.tokenTtlSeconds * 1000),
      user: toUserAccount(user),
    };
  }
}
