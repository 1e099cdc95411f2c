import { Counter, Gauge, Histogram, register } from 'prom-client';
import { ErrorCode } from '@hub/shared-schema';

/** Metrics are process-wide: a second hub in the same process (tests) reuses the registered ones. */
function once<T>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

/** Latency buckets for calls a town officer waits on (well under a second) up to a slow export request. */
const CALL_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The codes a result is labelled with: `OK`, the hub's own (shared-schema ErrorCode) and those Apollo and
 * graphql-js raise themselves. Anything else is `OTHER`, so no text a caller sends can become a label.
 */
const RESULT_CODES = new Set<string>([
  'OK',
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function resultCodeLabel(code: unknown): string {
  return typeof code === 'string' && RESULT_CODES.has(code) ? code : 'OTHER';
}

/**
 * Codes that mean the hub refused what a caller sent or was allowed to do (not that it failed): an
 * operator alerts on a rise of these per code (a connector sending bad rows, a key probing FORBIDDEN…).
 * PERSISTED_QUERY_NOT_FOUND is the normal first step of automatic persisted queries, not a refusal.
 */
const REFUSAL_CODES = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.BAD_REQUEST,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

export function isRefusal(code: string): boolean {
  return REFUSAL_CODES.has(code);
}

export const graphqlOperations = once(
  'hub_graphql_operations_total',
  () =>
    new Counter({
      name: 'hub_graphql_operations_total',
      help: 'GraphQL operations (接口调用) by operation (type.rootField from the schema) and result code',
      labelNames: ['operation', 'code'],
    }),
);

export const graphqlDuration = once(
  'hub_graphql_operation_duration_seconds',
  () =>
    new Histogram({
      name: 'hub_graphql_operation_duration_seconds',
      help: 'From a GraphQL request reaching Apollo to its response, by operation and result code',
      labelNames: ['operation', 'code'],
      buckets: CALL_BUCKETS,
    }),
);

export const refusals = once(
  'hub_refusals_total',
  () => new Counter({ name: 'hub_refusals_total', help: 'Requests the hub refused (拒绝), by code', labelNames: ['code'] }),
);

export const httpRequests = once(
  'hub_http_requests_total',
  () =>
    new Counter({
      name: 'hub_http_requests_total',
      help: 'HTTP requests by method, route (the route pattern, or (unmatched)) and status',
      labelNames: ['method', 'route', 'status'],
    }),
);

export const httpDuration = once(
  'hub_http_request_duration_seconds',
  () =>
    new Histogram({
      name: 'hub_http_request_duration_seconds',
      help: 'HTTP request duration by method and route',
      labelNames: ['method', 'route'],
      buckets: CALL_BUCKETS,
    }),
);

/** What the pool gauge reads at scrape time: node-postgres' own counters. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  max: number;
}

type ExportJobCounts = () => Promise<Array<{ status: string; jobs: number }>>;

const sources: { pool: (() => PoolCounts | null) | null; exportJobs: ExportJobCounts | null } = { pool: null, exportJobs: null };

/** The scrape-time gauges read through the hub that set these (the last one started, in tests). */
export function setObservedSources(next: Partial<typeof sources>): void {
  Object.assign(sources, next);
}

export function clearObservedSources(owner: { pool: unknown; exportJobs: unknown }): void {
  if (sources.pool === owner.pool) sources.pool = null;
  if (sources.exportJobs === owner.exportJobs) sources.exportJobs = null;
}

once(
  'hub_database_pool_connections',
  () =>
    new Gauge({
      name: 'hub_database_pool_connections',
      help: 'The hub process pool of PostgreSQL connections (连接池): total open, idle, and callers waiting for one; max is DATABASE_POOL_SIZE',
      labelNames: ['state'],
      collect() {
        this.reset();
        const counts = sources.pool?.();
        if (!counts) return;
        this.set({ state: 'total' }, counts.totalCount);
        this.set({ state: 'idle' }, counts.idleCount);
        this.set({ state: 'waiting' }, counts.waitingCount);
        this.set({ state: 'max' }, counts.max);
      },
    }),
);

const EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'];

once(
  'hub_export_jobs',
  () =>
    new Gauge({
      name: 'hub_export_jobs',
      help: 'Export jobs (导出任务) by status, all units together',
      labelNames: ['status'],
      async collect() {
        this.reset();
        if (!sources.exportJobs) return;
        const rows = await sources.exportJobs();
        for (const status of EXPORT_STATUSES) this.set({ status }, rows.find((row) => row.status === status)?.jobs ?? 0);
      },
    }),
);
