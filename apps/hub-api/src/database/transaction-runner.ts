import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs work in one database transaction and lets every repository called inside it find that
 * transaction without passing it down: the mutation interceptor opens one per mutation, so the change,
 * its events and its audit row commit or roll back together.
 */
@Injectable()
export class TransactionRunner {
  private readonly storage = new AsyncLocalStorage<{ manager: EntityManager; afterCommit: Array<() => void> }>();

  constructor(private readonly dataSource: DataSource) {}

  /** The current transaction's manager, or the pool's when no transaction is open. */
  get manager(): EntityManager {
    return this.storage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /** Joins the open transaction if there is one, otherwise opens a new one around `work`. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    // READ COMMITTED whatever the server's default: the audit trigger must see the last committed hash
    // once it holds its lock, which a snapshot taken earlier (REPEATABLE READ) would not.
    const afterCommit: Array<() => void> = [];
    return this.dataSource.transaction('READ COMMITTED', (manager) => this.storage.run({ manager, afterCommit }, work)).then((result) => {
      for (const hook of afterCommit) hook();
      return result;
    });
  }

  /**
   * Runs `hook` once the open transaction has committed (never if it rolls back), or now when no
   * transaction is open (the caller's statement has committed on its own).
   */
  afterCommit(hook: () => void): void {
    const store = this.storage.getStore();
    if (store) store.afterCommit.push(hook);
    else hook();
  }

  /**
   * Runs `work` in the open transaction (or a new one) inside a savepoint that is then rolled back: it
   * answers what the work would have done, every database check included, and leaves nothing behind.
   * The transaction goes on (the caller's audit row still commits).
   */
  async rolledBack<T>(work: () => Promise<T>): Promise<T> {
    return this.run(async () => {
      const manager = this.manager;
      await manager.query('SAVEPOINT rolled_back_work');
      try {
        return await work();
      } finally {
        await manager.query('ROLLBACK TO SAVEPOINT rolled_back_work');
      }
    });
  }

  /** Runs `work` outside any open transaction, e.g. to record a failure after a rollback. */
  outside<T>(work: () => Promise<T>): Promise<T> {
    return this.storage.exit(work);
  }
}
