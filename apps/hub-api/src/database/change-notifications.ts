import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { HUB_CONFIG } from '../config/config.constants';
import { HubConfig } from '../config/hub-config';

/** What a `hub_change` notification names (migration ChangeNotifications). */
export type ChangeTopic = 'credentials' | 'matters' | 'calendar';

const CHANNEL = 'hub_change';
const RETRY_MIN_MS = 200;
const RETRY_MAX_MS = 5_000;
/** An idle LISTEN connection dropped by a firewall sends nothing: a query this often proves it alive. */
const HEARTBEAT_MS = 15_000;

/**
 * Listens to PostgreSQL's `hub_change` channel on a connection of its own and tells the in-process
 * caches what changed. The caches trust themselves only while `connected` is true: a notification
 * missed while the connection was down cannot be told apart from no change, so on every loss and
 * every reconnect all listeners are told that everything may have changed.
 */
@Injectable()
export class ChangeNotifications implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeNotifications.name);
  private readonly listeners = new Map<ChangeTopic, Set<() => void>>();
  private client: Client | null = null;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private stopped = false;
  connected = false;

  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {}

  onModuleInit(): Promise<void> {
    return this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.lost();
    await this.client?.end().catch(() => undefined);
  }

  /**
   * A change this process committed: its own caches drop at once rather than when PostgreSQL's
   * notification comes back (other processes still learn of it from the notification). Called after
   * commit (TransactionRunner.afterCommit), so no reader can re-cache the old row afterwards.
   */
  changedHere(topic: ChangeTopic): void {
    this.tell(topic);
  }

  /** Calls `onChange` whenever `topic` may have changed; returns the unsubscribe. */
  on(topic: ChangeTopic, onChange: () => void): () => void {
    const set = this.listeners.get(topic) ?? new Set();
    this.listeners.set(topic, set);
    set.add(onChange);
    return () => set.delete(onChange);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.config.database.url!,
      application_name: 'jinjiang-hub-listen',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL) this.tell(message.payload as ChangeTopic);
    });
    client.on('error', (error) => this.logger.warn(`change notifications: ${error.message}`));
    client.on('end', () => {
      if (this.client !== client) return;
      this.client = null;
      if (this.heartbeat) clearInterval(this.heartbeat);
      this.lost();
      this.retry();
    });
    try {
      await client.connect();
      // Without the triggers (a database not yet migrated) no notification would ever come: stay off.
      const { rows } = await client.query<{ ready: boolean }>(`SELECT to_regproc('hub_notify_change') IS NOT NULL AS ready`);
      if (!rows[0].ready) throw new Error('the change-notification triggers are not installed (migration ChangeNotifications)');
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.logger.warn(`change notifications unavailable, caches bypassed: ${error instanceof Error ? error.message : String(error)}`);
      await client.end().catch(() => undefined);
      this.retry();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = RETRY_MIN_MS;
    this.heartbeat = setInterval(() => {
      // A query that fails or hangs means the connection is gone: end it, and 'end' does the rest.
      const timeout = setTimeout(() => void client.end().catch(() => undefined), 5_000);
      client.query('SELECT 1').then(
        () => clearTimeout(timeout),
        () => void client.end().catch(() => undefined),
      );
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    // Anything cached before this connection may have changed unseen.
    this.tellAll();
    this.connected = true;
  }

  private lost(): void {
    this.connected = false;
    this.tellAll();
  }

  private retry(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private tell(topic: ChangeTopic): void {
    for (const onChange of this.listeners.get(topic) ?? []) onChange();
  }

  private tellAll(): void {
    for (const topic of this.listeners.keys()) this.tell(topic);
  }
}
