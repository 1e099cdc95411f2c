import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { ApiKeyEntity } from './api-key.entity';
import { UserAccountEntity } from './user-account.entity';
import { UnitEntity } from '../units/unit.entity';

@Injectable()
export class CredentialsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  private get apiKeys() {
    return this.tx.manager.getRepository(ApiKeyEntity);
  }

  private get users() {
    return this.tx.manager.getRepository(UserAccountEntity);
  }

  findApiKeyByPrefix(prefix: string): Promise<ApiKeyEntity | null> {
    return this.apiKeys.findOneBy({ prefix });
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

  /** The user with that id when both the account and its unit are active. */
  findActiveUser(id: string): Promise<UserAccountEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .innerJoin(UnitEntity, 'unit', 'unit.code = u.unit_code AND unit.active')
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
