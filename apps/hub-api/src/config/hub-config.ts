import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MinLength, Min, validateSync } from 'class-validator';
import ipaddr from 'ipaddr.js';
import { parsePublicKey, parseSigningKey } from '../common/crypto/ed25519-keys';
import { OperationAllowlist, readOperationAllowlist } from './operation-allowlist';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};

/** An integer variable within [min, max], with one message for every way it can be wrong. */
function IntRange(min: number, max: number, what = 'an integer') {
  const message = `must be ${what} from ${min} to ${max}`;
  return applyDecorators(Transform(toInt), IsInt({ message }), Min(min, { message }), Max(max, { message }));
}

/**
 * The environment variables the hub reads, with their defaults. The README's configuration table
 * mirrors this class; a value that fails here stops start-up with one line naming the variable.
 */
export class HubEnvironment {
  @IntRange(0, 65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  /** The hub's runtime connection (role hub_app). Absent: the hub starts an embedded PostgreSQL under HUB_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  /** The schema owner's connection: migrations and reference data at start-up, and the migrate CLI. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_OWNER_URL?: string;

  @IntRange(1, 200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  @MinLength(1)
  HUB_DATA_DIR = '.data';

  @IntRange(1024, 65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  HUB_RUN_MIGRATIONS = true;

  /** Seeds demo accounts, one per persona, and prints their credentials. Defaults to on when embedded. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  HUB_DEMO?: boolean;

  /** Required with DATABASE_URL; the embedded default generates one and keeps it under HUB_DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  HUB_JWT_SECRET?: string;

  @IntRange(60, 86400, 'a number of seconds')
  HUB_TOKEN_TTL_SECONDS = 3600;

  /** Failed log-ins of one user name answered without delay; after them each waits twice as long as the last. */
  @IntRange(1, 1000)
  LOGIN_FREE_FAILURES = 5;

  /** Failed log-ins of one user name within the window that lock it for LOGIN_LOCKOUT_SECONDS. */
  @IntRange(2, 10000)
  LOGIN_LOCKOUT_FAILURES = 10;

  /** The same for one client address (an office behind one NAT address shares it, so it is higher). */
  @IntRange(1, 10000)
  LOGIN_ADDRESS_FREE_FAILURES = 20;

  @IntRange(2, 100000)
  LOGIN_ADDRESS_LOCKOUT_FAILURES = 30;

  /** Failures are counted from the first one for this long, then counting starts again. */
  @IntRange(10, 86400, 'a number of seconds')
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  @IntRange(1, 86400, 'a number of seconds')
  LOGIN_LOCKOUT_SECONDS = 900;

  /** The wait after the last free failure; it doubles with each further failure, up to the lockout. */
  @IntRange(1, 3600000, 'a number of milliseconds')
  LOGIN_DELAY_BASE_MS = 1000;

  /**
   * Whose X-Forwarded-For to believe for the client address (per-address log-in limits, logs):
   * `false` (the socket's address), `true` (any proxy), or a comma-separated list of proxy addresses/CIDRs.
   */
  @Matches(/^\s*(true|false|[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*)\s*$/, {
    message: 'must be true, false or a comma-separated list of proxy addresses',
  })
  HUB_TRUST_PROXY = 'false';

  /**
   * Origins a browser console on another origin may call the API from (CORS), comma-separated, e.g.
   * `https://console.jinjiang.gov.cn`; empty: none (no CORS headers, browsers keep other origins out).
   */
  @Matches(/^\s*(https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\s*,\s*https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)*)?\s*$/, {
    message:
      'must be a comma-separated list of origins such as https://console.example.gov.cn (scheme, host, optional port; no path, no *)',
  })
  HUB_CORS_ORIGINS = '';

  /** Ed25519 key the hub signs audit checkpoints with; required with DATABASE_URL, generated under HUB_DATA_DIR when embedded. */
  @IsOptional()
  @IsString()
  HUB_AUDIT_SIGNING_KEY?: string;

  /** The verifier's key when it is not given the signing key (audit:verify on another machine). */
  @IsOptional()
  @IsString()
  HUB_AUDIT_PUBLIC_KEY?: string;

  /** How often the hub writes a signed checkpoint of the audit chain's head to the object store (and always at shutdown). */
  @IntRange(1000, 86400000, 'a number of milliseconds')
  AUDIT_CHECKPOINT_INTERVAL_MS = 300000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @IntRange(2, 50)
  GRAPHQL_MAX_DEPTH = 10;

  @IntRange(1, 100)
  GRAPHQL_MAX_ALIASES = 15;

  @IntRange(100, 1000000)
  GRAPHQL_MAX_COST = 5000;

  /** Tokens a document may have; the parser stops at the first one over, so an oversized document costs no more than this. */
  @IntRange(200, 100000)
  GRAPHQL_MAX_TOKENS = 2000;

  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  GRAPHQL_INTROSPECTION = true;

  /** Path of a JSON file of sha256 → document: the only operations API-key callers may run (graphql/operation-allowlist.plugin.ts). */
  @IsOptional()
  @IsString()
  GRAPHQL_OPERATION_ALLOWLIST?: string;

  /** Runs the background workers (webhook delivery, exports, periodic reports, the deadline sweep) in this process; any number of processes may (they share by lease). */
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  HUB_DELIVERY_WORKER = true;

  @IntRange(1, 50)
  WEBHOOK_MAX_ATTEMPTS = 8;

  @IntRange(10, 600000, 'a number of milliseconds')
  WEBHOOK_RETRY_BASE_MS = 2000;

  @IntRange(100, 86400000, 'a number of milliseconds')
  WEBHOOK_RETRY_MAX_MS = 3600000;

  @IntRange(100, 60000, 'a number of milliseconds')
  WEBHOOK_TIMEOUT_MS = 10000;

  @IntRange(10, 60000, 'a number of milliseconds')
  DELIVERY_POLL_MS = 250;

  @IntRange(1, 200)
  DELIVERY_CONCURRENCY = 16;

  /** How often the worker looks for saved reports whose period has ended, and for finished runs to announce. */
  @IntRange(100, 3600000, 'a number of milliseconds')
  REPORT_POLL_MS = 60000;

  /** How often the deadline sweep marks passed deadlines overdue and sends reminders; at most 30 s, so a mark lands within a minute. */
  @IntRange(10, 30000, 'a number of milliseconds')
  DEADLINE_SWEEP_MS = 10000;

  /** Deadlines one sweep statement marks (or reminds) at most; a tick runs batches until fewer are due. */
  @IntRange(1, 10000)
  DEADLINE_SWEEP_BATCH = 1000;

  /**
   * §4(2): a report of the same matter about the same party received within this many days of the first
   * is linked to it as a repeat (local policy: 30 days).
   */
  @IntRange(1, 3650, 'a number of days')
  COMPLAINT_DUPLICATE_WINDOW_DAYS = 30;

  /** How often a live event stream's credential is checked again (revoked keys, expired tokens). */
  @IntRange(100, 3600000, 'a number of milliseconds')
  LIVE_CREDENTIAL_RECHECK_MS = 30000;

  /**
   * Hosts webhooks may point at: exact names or addresses, `.suffix` for a domain, `*` for any host
   * whose addresses are public. Loopback, private, link-local and metadata addresses are refused
   * unless named here as addresses or covered by WEBHOOK_ALLOWED_NETWORKS.
   */
  @Matches(/^\s*(\*|[A-Za-z0-9.:[\]-]+)(\s*,\s*[A-Za-z0-9.:[\]-]+)*\s*$/, {
    message: 'must be * or a comma-separated list of hosts and .domain suffixes',
  })
  WEBHOOK_ALLOWED_HOSTS = '*';

  /**
   * CIDRs whose non-public addresses webhooks may reach (e.g. `10.20.0.0/24,fd12::/64`), for
   * receivers inside the government network; empty: none. Checked on the address connected to.
   */
  @Matches(/^\s*([0-9A-Fa-f.:]+\/\d{1,3}(\s*,\s*[0-9A-Fa-f.:]+\/\d{1,3})*)?\s*$/, {
    message: 'must be a comma-separated list of CIDRs such as 10.20.0.0/24',
  })
  WEBHOOK_ALLOWED_NETWORKS = '';

  /** Absent: the hub starts an embedded S3-compatible store (s3rver) under HUB_DATA_DIR. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s]+\/?$/, { message: 'must be an http(s)://host:port URL of an S3-compatible server (MinIO)' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_KEY?: string;

  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid S3 bucket name' })
  S3_BUCKET = 'hub-evidence';

  @Matches(/^[a-z0-9-]{2,30}$/, { message: 'must be a region name such as us-east-1' })
  S3_REGION = 'us-east-1';

  @IntRange(1024, 65535)
  EMBEDDED_S3_PORT = 54330;

  @IntRange(1, 5368709120, 'a number of bytes')
  EVIDENCE_MAX_BYTES = 209715200;

  /** Comma-separated MIME types; `image/*`-style wildcards allowed. */
  @Matches(/^\s*[a-z]+\/[a-z0-9.+*-]+(\s*,\s*[a-z]+\/[a-z0-9.+*-]+)*\s*$/, { message: 'must be a comma-separated list of MIME types' })
  EVIDENCE_CONTENT_TYPES =
    'image/*,application/pdf,audio/*,video/*,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-powerpoint,application/vnd.openxmlformats-officedocument.presentationml.presentation,application/ofd';

  @IntRange(30, 86400, 'a number of seconds')
  EVIDENCE_UPLOAD_URL_TTL_SECONDS = 900;

  @IntRange(30, 86400, 'a number of seconds')
  EVIDENCE_DOWNLOAD_URL_TTL_SECONDS = 300;

  /** Object-lock retention where the store supports it (MinIO with a locked bucket). */
  @IntRange(1, 36500, 'a number of days')
  EVIDENCE_RETENTION_DAYS = 3650;

  /**
   * Searches by resident ID number one caller may make in an hour (supervisors, who see numbers in
   * full, are not counted): enough for a day's inspections, far too few to enumerate a masked number.
   */
  @IntRange(1, 100000)
  ID_NUMBER_SEARCHES_PER_HOUR = 30;
  /** Set: /metrics is served only on its own listener (METRICS_HOST:METRICS_PORT), not on the API port. */
  @IsOptional()
  @IntRange(0, 65535)
  METRICS_PORT?: number;

  @IsString()
  @MinLength(1)
  METRICS_HOST = '127.0.0.1';

  /**
   * OpenTelemetry: the OTLP/HTTP collector's base URL (spans go to `<url>/v1/traces`); unset: no tracing.
   * The standard variable, so the SDK's other OTEL_* settings (headers, sampler) apply as documented.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s):// URL of an OTLP/HTTP collector, e.g. http://127.0.0.1:4318' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @Matches(/^[\w.-]{1,100}$/, { message: 'must be a service name of letters, digits, dots, dashes' })
  OTEL_SERVICE_NAME = 'jinjiang-hub';

  /**
   * The field console's built files (index.html and assets/), served at `/`; unset: the console's own
   * build, apps/field-console/dist. A folder without index.html: the hub starts without the console.
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  HUB_CONSOLE_DIR?: string;

  /** Set: /metrics requires `Authorization: Bearer <token>` wherever it is served. */
  @IsOptional()
  @Matches(/^[\x21-\x7e]{16,200}$/, { message: 'must be 16 to 200 printable characters without spaces' })
  METRICS_TOKEN?: string;
}

export interface HubConfig {
  /** corsOrigins: the origins browsers may call from (empty: no CORS). */
  http: { port: number; host: string; corsOrigins: string[] };
  /** url: the hub's runtime role; ownerUrl: the schema owner, for migrations and reference data. */
  database: { url: string | null; ownerUrl: string | null; poolSize: number; runMigrations: boolean };
  embedded: { dataDir: string; pgPort: number };
  demo: boolean;
  auth: { jwtSecret: string | null; tokenTtlSeconds: number };
  login: LoginLimits;
  /** Fastify's trustProxy: false, true, or the proxies' addresses. */
  trustProxy: boolean | string[];
  /** signingKey: the hub's checkpoint key; publicKey: what the verifier checks checkpoints with (derived from signingKey when not given). */
  audit: { signingKey: KeyObject | null; publicKey: KeyObject | null; checkpointIntervalMs: number };
  logLevel: string;
  /** operationAllowlist: when set, what API-key callers may run (sha256 → document); null: anything within the limits. */
  graphql: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxTokens: number;
    introspection: boolean;
    operationAllowlist: OperationAllowlist | null;
  };
  objectStore: { endpoint: string | null; accessKey: string; secretKey: string; bucket: string; region: string; embeddedPort: number };
  evidence: { maxBytes: number; contentTypes: string[]; uploadUrlTtlSeconds: number; downloadUrlTtlSeconds: number; retentionDays: number };
  delivery: {
    enabled: boolean;
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    timeoutMs: number;
    pollMs: number;
    concurrency: number;
    allowedHosts: string[] | null;
    allowedNetworks: string[];
    liveRecheckMs: number;
  };
  reports: { pollMs: number };
  /** The deadline sweep (modules/deadlines/deadline-sweeper.service.ts): its interval and batch size. */
  deadlines: { sweepMs: number; batchSize: number };
  complaints: { duplicateWindowDays: number };
  personalData: { idNumberSearchesPerHour: number };
  /** Who may read /metrics (modules/health/metrics-access.ts): its own listener, a bearer token, or else loopback callers only. */
  metrics: { port: number | null; host: string; token: string | null };
  /** OpenTelemetry tracing (tracing.ts): off while endpoint is null. */
  tracing: { endpoint: string | null; serviceName: string };
  /** The field console (common/http/field-console.ts): the folder of its build, an absolute path. */
  console: { dir: string };
}

/** How failed log-ins are slowed down and locked out, per user name and per client address. */
export interface LoginLimits {
  user: { freeFailures: number; lockoutFailures: number };
  address: { freeFailures: number; lockoutFailures: number };
  windowSeconds: number;
  lockoutSeconds: number;
  delayBaseMs: number;
}

/** A configuration problem, worded as the single line the operator sees before the process exits. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Reads only the variables HubEnvironment declares; anything else in the environment is ignored. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const declared = Object.keys(new HubEnvironment());
  const raw: Record<string, string> = {};
  for (const key of [
    ...declared,
    'DATABASE_URL',
    'DATABASE_OWNER_URL',
    'HUB_AUDIT_SIGNING_KEY',
    'HUB_AUDIT_PUBLIC_KEY',
    'HUB_DEMO',
    'HUB_JWT_SECRET',
    'S3_ENDPOINT',
    'S3_ACCESS_KEY',
    'S3_SECRET_KEY',
    'METRICS_PORT',
    'METRICS_TOKEN',
    'GRAPHQL_OPERATION_ALLOWLIST',
    'OTEL_EXPORTER_OTLP_ENDPOINT',
    'HUB_CONSOLE_DIR',
  ]) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = plainToInstance(HubEnvironment, raw);
  const [first] = validateSync(parsed, { stopAtFirstError: true });
  if (first) {
    const message = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigError(`Configuration error: ${first.property} ${message} (got "${describe(raw[first.property])}")`);
  }
  const embedded = !parsed.DATABASE_URL;
  if (!embedded && !parsed.HUB_JWT_SECRET) {
    throw new ConfigError('Configuration error: HUB_JWT_SECRET must be set (32+ characters) when DATABASE_URL is set');
  }
  const signingKey = parsed.HUB_AUDIT_SIGNING_KEY ? parseSigningKey(parsed.HUB_AUDIT_SIGNING_KEY) : null;
  if (parsed.HUB_AUDIT_SIGNING_KEY && !signingKey) {
    throw new ConfigError(
      'Configuration error: HUB_AUDIT_SIGNING_KEY must be an Ed25519 private key: base64 of 32 random bytes, or a PKCS#8 PEM',
    );
  }
  const publicKey = parsed.HUB_AUDIT_PUBLIC_KEY ? parsePublicKey(parsed.HUB_AUDIT_PUBLIC_KEY) : null;
  if (parsed.HUB_AUDIT_PUBLIC_KEY && !publicKey) {
    throw new ConfigError(
      'Configuration error: HUB_AUDIT_PUBLIC_KEY must be an Ed25519 public key: base64 of its 32 bytes, or an SPKI PEM',
    );
  }
  if (parsed.S3_ENDPOINT && (!parsed.S3_ACCESS_KEY || !parsed.S3_SECRET_KEY)) {
    throw new ConfigError('Configuration error: S3_ACCESS_KEY and S3_SECRET_KEY must be set when S3_ENDPOINT is set');
  }
  for (const [free, lockout] of [
    ['LOGIN_FREE_FAILURES', 'LOGIN_LOCKOUT_FAILURES'],
    ['LOGIN_ADDRESS_FREE_FAILURES', 'LOGIN_ADDRESS_LOCKOUT_FAILURES'],
  ] as const) {
    if (parsed[free] >= parsed[lockout]) {
      throw new ConfigError(`Configuration error: ${free} must be less than ${lockout} (got ${parsed[free]} and ${parsed[lockout]})`);
    }
  }
  const trustProxy = parsed.HUB_TRUST_PROXY.trim();
  let operationAllowlist: OperationAllowlist | null = null;
  if (parsed.GRAPHQL_OPERATION_ALLOWLIST) {
    try {
      operationAllowlist = readOperationAllowlist(parsed.GRAPHQL_OPERATION_ALLOWLIST);
    } catch (error) {
      throw new ConfigError(
        `Configuration error: GRAPHQL_OPERATION_ALLOWLIST (${parsed.GRAPHQL_OPERATION_ALLOWLIST}) ${(error as Error).message}`,
      );
    }
  }
  if (parsed.METRICS_PORT !== undefined && parsed.METRICS_PORT !== 0 && parsed.METRICS_PORT === parsed.PORT) {
    throw new ConfigError(
      `Configuration error: METRICS_PORT must differ from PORT, since /metrics gets a listener of its own (got "${parsed.METRICS_PORT}")`,
    );
  }
  const allowedNetworks = parsed.WEBHOOK_ALLOWED_NETWORKS.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const badNetwork = allowedNetworks.find((cidr) => !ipaddr.IPv4.isValidCIDRFourPartDecimal(cidr) && !ipaddr.IPv6.isValidCIDR(cidr));
  if (badNetwork)
    throw new ConfigError(
      `Configuration error: WEBHOOK_ALLOWED_NETWORKS has "${describe(badNetwork)}", which is not a CIDR such as 10.20.0.0/24`,
    );
  return {
    http: {
      port: parsed.PORT,
      host: parsed.HOST,
      corsOrigins: parsed.HUB_CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    },
    database: {
      url: parsed.DATABASE_URL ?? null,
      ownerUrl: parsed.DATABASE_OWNER_URL ?? null,
      poolSize: parsed.DATABASE_POOL_SIZE,
      runMigrations: parsed.HUB_RUN_MIGRATIONS,
    },
    embedded: { dataDir: parsed.HUB_DATA_DIR, pgPort: parsed.EMBEDDED_PG_PORT },
    demo: parsed.HUB_DEMO ?? embedded,
    auth: { jwtSecret: parsed.HUB_JWT_SECRET ?? null, tokenTtlSeconds: parsed.HUB_TOKEN_TTL_SECONDS },
    login: {
      user: { freeFailures: parsed.LOGIN_FREE_FAILURES, lockoutFailures: parsed.LOGIN_LOCKOUT_FAILURES },
      address: { freeFailures: parsed.LOGIN_ADDRESS_FREE_FAILURES, lockoutFailures: parsed.LOGIN_ADDRESS_LOCKOUT_FAILURES },
      windowSeconds: parsed.LOGIN_FAILURE_WINDOW_SECONDS,
      lockoutSeconds: parsed.LOGIN_LOCKOUT_SECONDS,
      delayBaseMs: parsed.LOGIN_DELAY_BASE_MS,
    },
    trustProxy: trustProxy === 'true' ? true : trustProxy === 'false' ? false : trustProxy.split(',').map((a) => a.trim()),
    audit: { signingKey, publicKey, checkpointIntervalMs: parsed.AUDIT_CHECKPOINT_INTERVAL_MS },
    logLevel: parsed.LOG_LEVEL,
    graphql: {
      maxDepth: parsed.GRAPHQL_MAX_DEPTH,
      maxAliases: parsed.GRAPHQL_MAX_ALIASES,
      maxCost: parsed.GRAPHQL_MAX_COST,
      maxTokens: parsed.GRAPHQL_MAX_TOKENS,
      introspection: parsed.GRAPHQL_INTROSPECTION,
      operationAllowlist,
    },
    objectStore: {
      endpoint: parsed.S3_ENDPOINT?.replace(/\/$/, '') ?? null,
      accessKey: parsed.S3_ACCESS_KEY ?? '',
      secretKey: parsed.S3_SECRET_KEY ?? '',
      bucket: parsed.S3_BUCKET,
      region: parsed.S3_REGION,
      embeddedPort: parsed.EMBEDDED_S3_PORT,
    },
    evidence: {
      maxBytes: parsed.EVIDENCE_MAX_BYTES,
      contentTypes: parsed.EVIDENCE_CONTENT_TYPES.split(',').map((t) => t.trim()),
      uploadUrlTtlSeconds: parsed.EVIDENCE_UPLOAD_URL_TTL_SECONDS,
      downloadUrlTtlSeconds: parsed.EVIDENCE_DOWNLOAD_URL_TTL_SECONDS,
      retentionDays: parsed.EVIDENCE_RETENTION_DAYS,
    },
    delivery: {
      enabled: parsed.HUB_DELIVERY_WORKER,
      maxAttempts: parsed.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: parsed.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: parsed.WEBHOOK_RETRY_MAX_MS,
      timeoutMs: parsed.WEBHOOK_TIMEOUT_MS,
      pollMs: parsed.DELIVERY_POLL_MS,
      concurrency: parsed.DELIVERY_CONCURRENCY,
      liveRecheckMs: parsed.LIVE_CREDENTIAL_RECHECK_MS,
      allowedHosts:
        parsed.WEBHOOK_ALLOWED_HOSTS.trim() === '*' ? null : parsed.WEBHOOK_ALLOWED_HOSTS.split(',').map((h) => h.trim().toLowerCase()),
      allowedNetworks,
    },
    reports: { pollMs: parsed.REPORT_POLL_MS },
    deadlines: { sweepMs: parsed.DEADLINE_SWEEP_MS, batchSize: parsed.DEADLINE_SWEEP_BATCH },
    complaints: { duplicateWindowDays: parsed.COMPLAINT_DUPLICATE_WINDOW_DAYS },
    personalData: { idNumberSearchesPerHour: parsed.ID_NUMBER_SEARCHES_PER_HOUR },
    metrics: { port: parsed.METRICS_PORT ?? null, host: parsed.METRICS_HOST, token: parsed.METRICS_TOKEN ?? null },
    tracing: { endpoint: parsed.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/$/, '') ?? null, serviceName: parsed.OTEL_SERVICE_NAME },
    console: { dir: parsed.HUB_CONSOLE_DIR ? resolve(parsed.HUB_CONSOLE_DIR) : defaultConsoleDir() },
  };
}

/**
 * apps/field-console/dist of the checkout this code runs from (the compiled hub under dist/ and the
 * TypeScript sources under apps/ sit at different depths, so the repository root is looked for).
 */
function defaultConsoleDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'apps/field-console/package.json'))) return join(dir, 'apps/field-console/dist');
    if (dirname(dir) === dir) return resolve('apps/field-console/dist');
  }
}

/**
 * What the hub process itself needs beyond what every CLI needs (checked once the embedded default has
 * filled in its own values): a key to sign audit checkpoints with, and the owner's connection when it
 * is to run the migrations (the runtime role may not change the schema).
 */
export function checkHubConfig(config: HubConfig): void {
  if (!config.audit.signingKey) {
    throw new ConfigError(
      'Configuration error: HUB_AUDIT_SIGNING_KEY must be set when DATABASE_URL is set (the hub signs its audit checkpoints with it)',
    );
  }
  if (config.database.runMigrations && !config.database.ownerUrl) {
    throw new ConfigError(
      'Configuration error: DATABASE_OWNER_URL must be set when DATABASE_URL is set and HUB_RUN_MIGRATIONS is true (migrations run as the schema owner, the hub as hub_app)',
    );
  }
}
