import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { ApiKeyEntity } from './api-key.entity';
import { UserAccountEntity } from './user-account.entity';

@Injectable()
export class CredentialsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private get apiKeys() {
    return this.tx.manager.getRepository(ApiKeyEntity);
  }

  private get users() {
    return this.tx.manager.getRepository(UserAccountEntity);
  }

  /** The key with its unit, in one query: this runs on every call a unit system makes. */
  findApiKeyByPrefix(prefix: string): Promise<ApiKeyEntity | null> {
    return this.apiKeys.findOne({ where: { prefix }, relations: { unit: true } });
  }

  findApiKey(id: string): Promise<ApiKeyEntity | null> {
    return this.apiKeys.findOneBy({ id });
  }

  listApiKeys(unitCode: string): Promise<ApiKeyEntity[]> {
    return this.apiKeys.find({ where: { unitCode }, order: { createdAt: 'DESC' } });
  }

  insertApiKey(key: Omit<ApiKeyEntity, 'id' | 'createdAt' | 'revokedAt' | 'lastUsedAt'>): Promise<ApiKeyEntity> {
    return this.apiKeys.save(this.apiKeys.create({ ...key, revokedAt: null, lastUsedAt: null }));
  }

  /** Only an unrevoked key is revoked, so revoking twice keeps the first time. */
  async revokeApiKey(id: string): Promise<void> {
    await this.apiKeys.update({ id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async touchApiKey(id: string): Promise<void> {
    await this.apiKeys.update({ id }, { lastUsedAt: () => 'now()' });
  }

  /** The user with that id and its unit when both are active, in one query (every call with a token). */
  findActiveUser(id: string): Promise<UserAccountEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.unit', 'unit', 'unit.active')
      .where('u.id = :id AND u.active', { id })
      .getOne();
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
