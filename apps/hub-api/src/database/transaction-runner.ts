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
  /** Set while a mutation runs without a transaction of its own (see runUntransacted). */
  private readonly pending = new AsyncLocalStorage<{ beforeCommit: (() => Promise<void>) | null }>();

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
    const pending = this.pending.getStore();
    const workThenPending = async () => {
      const result = await work();
      const hook = pending?.beforeCommit;
      if (hook) {
        pending.beforeCommit = null;
        await hook();
      }
      return result;
    };
    return this.dataSource
      .transaction('READ COMMITTED', (manager) => this.storage.run({ manager, afterCommit }, workThenPending))
      .then((result) => {
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
   * Runs `work` with no transaction open, for a mutation whose slow part (a password hash) must not
   * hold a pooled connection: it reads on the pool and writes in a short `run` of its own at the end.
   * `beforeFirstCommit` (the mutation's audit row) joins the first transaction `work` opens, so a
   * change still commits together with its audit row. Answers whether that happened; if `work` opened
   * no transaction the caller writes the row itself.
   */
  async runUntransacted<T>(work: () => Promise<T>, beforeFirstCommit: () => Promise<void>): Promise<{ result: T; hookRan: boolean }> {
    const pending = { beforeCommit: beforeFirstCommit as (() => Promise<void>) | null };
    const result = await this.pending.run(pending, () => this.storage.exit(work));
    return { result, hookRan: pending.beforeCommit === null };
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
