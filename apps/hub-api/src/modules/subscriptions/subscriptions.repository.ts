import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../../database/transaction-runner';
import { SubscriptionEntity } from './subscription.entity';
import { Clock } from '../../common/time/clock';

@Injectable()
export class SubscriptionsRepository {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.tx.manager.getRepository(SubscriptionEntity);
  }

  findById(id: string): Promise<SubscriptionEntity | null> {
    return this.repo.findOneBy({ id });
  }

  listByUnit(unitCode: string): Promise<SubscriptionEntity[]> {
    return this.repo.find({ where: { unitCode }, order: { createdAt: 'ASC' } });
  }

  async nameTaken(unitCode: string, name: string): Promise<boolean> {
    return this.repo.exists({ where: { unitCode, name } });
  }

  async insert(row: Partial<SubscriptionEntity>): Promise<void> {
    const now = this.clock.now();
    await this.repo.insert({ nextAttemptAt: now, createdAt: now, updatedAt: now, ...row });
  }

  async update(id: string, patch: Partial<SubscriptionEntity>): Promise<void> {
    await this.repo.update({ id }, { ...patch, updatedAt: this.clock.now() });
  }

  async remove(id: string): Promise<void> {
    await this.repo.delete({ id });
  }

  /** Moves a pull consumer's acknowledged position forward only: a late, older ack changes nothing. */
  async acknowledge(id: string, position: string): Promise<void> {
    await this.tx.manager.query(
      `UPDATE subscription SET position = greatest(position, $2::bigint), updated_at = $3::timestamptz WHERE id = $1`,
      [id, position, this.clock.now()],
    );
  }

  unitOf(id: string): Promise<string | null> {
    return this.repo.findOne({ where: { id }, select: { unitCode: true } }).then((row) => row?.unitCode ?? null);
  }
}
