import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { NotifiedCache } from '../../common/cache/notified-cache';
import { ChangeNotifications } from '../../database/change-notifications';
import { TransactionRunner } from '../../database/transaction-runner';
import { ApiKeyEntity } from './api-key.entity';
import { UserAccountEntity } from './user-account.entity';

@Injectable()
export class CredentialsRepository {
  /** Keys with their unit by prefix: emptied by any change to a key's validity or to a unit, in any process. */
  private readonly keysByPrefix: NotifiedCache<ApiKeyEntity>;
  /** Active accounts with their unit by id (every call with a token): emptied like the keys, and by any change to an account. */
  private readonly activeUsers: NotifiedCache<UserAccountEntity>;

  constructor(
    private readonly tx: TransactionRunner,
    private readonly changes: ChangeNotifications,
  ) {
    this.keysByPrefix = new NotifiedCache({ feed: changes, topic: 'credentials', max: 10_000, ttlMs: 60_000 });
    this.activeUsers = new NotifiedCache({ feed: changes, topic: 'credentials', max: 10_000, ttlMs: 60_000 });
  }

  /** Keys changed here: this process's cache drops them on commit, others on PostgreSQL's notification. */
  private changed(): void {
    this.tx.afterCommit(() => this.changes.changedHere('credentials'));
  }

  private get apiKeys() {
    return this.tx.manager.getRepository(ApiKeyEntity);
  }

  private get users() {
    return this.tx.manager.getRepository(UserAccountEntity);
  }

  /**
   * The key with its unit: this runs on every call a unit system makes, so it is answered from memory
   * outside transactions (see NotifiedCache); revocation and deactivation still apply on the next call.
   */
  findApiKeyByPrefix(prefix: string): Promise<ApiKeyEntity | null> {
    const load = () => this.apiKeys.findOne({ where: { prefix }, relations: { unit: true } });
    return this.tx.inTransaction ? load() : this.keysByPrefix.get(prefix, load);
  }

  findApiKey(id: string): Promise<ApiKeyEntity | null> {
    return this.apiKeys.findOneBy({ id });
  }

  listApiKeys(unitCode: string): Promise<ApiKeyEntity[]> {
    return this.apiKeys.find({ where: { unitCode }, order: { createdAt: 'DESC' } });
  }

  async insertApiKey(key: Omit<ApiKeyEntity, 'id' | 'createdAt' | 'revokedAt' | 'lastUsedAt'>): Promise<ApiKeyEntity> {
    const saved = await this.apiKeys.save(this.apiKeys.create({ ...key, revokedAt: null, lastUsedAt: null }));
    this.changed();
    return saved;
  }

  /** Only an unrevoked key is revoked, so revoking twice keeps the first time. */
  async revokeApiKey(id: string, at: Date): Promise<void> {
    await this.apiKeys.update({ id, revokedAt: IsNull() }, { revokedAt: at });
    this.changed();
  }

  async touchApiKey(id: string, at: Date): Promise<void> {
    await this.apiKeys.update({ id }, { lastUsedAt: at });
  }

  /** The user with that id and its unit when both are active, in one query. */
  findActiveUser(id: string): Promise<UserAccountEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.unit', 'unit', 'unit.active')
      .where('u.id = :id AND u.active', { id })
      .getOne();
  }

  /**
   * findActiveUser for a token's check on every call: answered from memory outside transactions, as the
   * keys are (migration UserAccountChangeNotify); a deactivation, a role change or a new password made
   * anywhere applies on the next call. Proving a password reads the row itself (findActiveUser).
   */
  findActiveUserForToken(id: string): Promise<UserAccountEntity | null> {
    return this.tx.inTransaction ? this.findActiveUser(id) : this.activeUsers.get(id, () => this.findActiveUser(id));
  }

  findUser(id: string): Promise<UserAccountEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Deactivation also raises token_version, so the account's tokens end whatever is done with it later. */
  async setUserActive(id: string, active: boolean): Promise<UserAccountEntity> {
    await this.users.update({ id }, active ? { active } : { active, tokenVersion: () => 'token_version + 1' });
    this.changed();
    return this.users.findOneByOrFail({ id });
  }

  /** A new password ends every token issued before it. */
  async setUserPassword(id: string, passwordHash: string): Promise<UserAccountEntity> {
    await this.users.update({ id }, { passwordHash, tokenVersion: () => 'token_version + 1' });
    this.changed();
    return this.users.findOneByOrFail({ id });
  }

  findUserByName(username: string): Promise<UserAccountEntity | null> {
    return this.users.findOneBy({ username });
  }

  listUsers(unitCode: string): Promise<UserAccountEntity[]> {
    return this.users.find({ where: { unitCode }, order: { username: 'ASC' } });
  }

  insertUser(user: Omit<UserAccountEntity, 'id' | 'createdAt' | 'active'>): Promise<UserAccountEntity> {
    return this.users.save(this.users.create({ ...user, active: true }));
  }
}
