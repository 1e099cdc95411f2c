import type { KeyObject } from 'node:crypto';
import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
} from 'class-validator';
import { parsePublicKey, parseSigningKey } from '../common/crypto/ed25519-keys';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
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

  /** Runs the background workers (webhook delivery, exports, periodic reports) in this process; any number of processes may (they share by lease). */
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

  /** How often a live event stream's credential is checked again (revoked keys, expired tokens). */
  @IntRange(100, 3600000, 'a number of milliseconds')
  LIVE_CREDENTIAL_RECHECK_MS = 30000;

  /**
   * Hosts webhooks may point at: exact names or addresses, `.suffix` for a domain, `*` for any.
   * Set it in production so a unit cannot aim the hub at internal services.
   */
  @Matches(/^\s*(\*|[A-Za-z0-9.:[\]-]+)(\s*,\s*[A-Za-z0-9.:[\]-]+)*\s*$/, { message: 'must be * or a comma-separated list of hosts and .domain suffixes' })
  WEBHOOK_ALLOWED_HOSTS = '*';

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
}

export interface HubConfig {
  http: { port: number; host: string };
  /** url: the hub's runtime role; ownerUrl: the schema owner, for migrations and reference data. */
  database: { url: string | null; ownerUrl: string | null; poolSize: number; runMigrations: boolean };
  embedded: { dataDir: string; pgPort: number };
  demo: boolean;
  auth: { jwtSecret: string | null; tokenTtlSeconds: number };
  /** signingKey: the hub's checkpoint key; publicKey: what the verifier checks checkpoints with (derived from signingKey when not given). */
  audit: { signingKey: KeyObject | null; publicKey: KeyObject | null; checkpointIntervalMs: number };
  logLevel: string;
  graphql: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; introspection: boolean };
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
    liveRecheckMs: number;
  };
  reports: { pollMs: number };
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
  for (const key of [...declared, 'DATABASE_URL', 'DATABASE_OWNER_URL', 'HUB_AUDIT_SIGNING_KEY', 'HUB_AUDIT_PUBLIC_KEY', 'HUB_DEMO', 'HUB_JWT_SECRET', 'S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY']) {
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
    throw new ConfigError('Configuration error: HUB_AUDIT_SIGNING_KEY must be an Ed25519 private key: base64 of 32 random bytes, or a PKCS#8 PEM');
  }
  const publicKey = parsed.HUB_AUDIT_PUBLIC_KEY ? parsePublicKey(parsed.HUB_AUDIT_PUBLIC_KEY) : null;
  if (parsed.HUB_AUDIT_PUBLIC_KEY && !publicKey) {
    throw new ConfigError('Configuration error: HUB_AUDIT_PUBLIC_KEY must be an Ed25519 public key: base64 of its 32 bytes, or an SPKI PEM');
  }
  if (parsed.S3_ENDPOINT && (!parsed.S3_ACCESS_KEY || !parsed.S3_SECRET_KEY)) {
    throw new ConfigError('Configuration error: S3_ACCESS_KEY and S3_SECRET_KEY must be set when S3_ENDPOINT is set');
  }
  return {
    http: { port: parsed.PORT, host: parsed.HOST },
    database: {
      url: parsed.DATABASE_URL ?? null,
      ownerUrl: parsed.DATABASE_OWNER_URL ?? null,
      poolSize: parsed.DATABASE_POOL_SIZE,
      runMigrations: parsed.HUB_RUN_MIGRATIONS,
    },
    embedded: { dataDir: parsed.HUB_DATA_DIR, pgPort: parsed.EMBEDDED_PG_PORT },
    demo: parsed.HUB_DEMO ?? embedded,
    auth: { jwtSecret: parsed.HUB_JWT_SECRET ?? null, tokenTtlSeconds: parsed.HUB_TOKEN_TTL_SECONDS },
    audit: { signingKey, publicKey, checkpointIntervalMs: parsed.AUDIT_CHECKPOINT_INTERVAL_MS },
    logLevel: parsed.LOG_LEVEL,
    graphql: {
      maxDepth: parsed.GRAPHQL_MAX_DEPTH,
      maxAliases: parsed.GRAPHQL_MAX_ALIASES,
      maxCost: parsed.GRAPHQL_MAX_COST,
      maxTokens: parsed.GRAPHQL_MAX_TOKENS,
      introspection: parsed.GRAPHQL_INTROSPECTION,
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
      allowedHosts: parsed.WEBHOOK_ALLOWED_HOSTS.trim() === '*' ? null : parsed.WEBHOOK_ALLOWED_HOSTS.split(',').map((h) => h.trim().toLowerCase()),
    },
    reports: { pollMs: parsed.REPORT_POLL_MS },
  };
}

/**
 * What the hub process itself needs beyond what every CLI needs (checked once the embedded default has
 * filled in its own values): a key to sign audit checkpoints with, and the owner's connection when it
 * is to run the migrations (the runtime role may not change the schema).
 */
export function checkHubConfig(config: HubConfig): void {
  if (!config.audit.signingKey) {
    throw new ConfigError('Configuration error: HUB_AUDIT_SIGNING_KEY must be set when DATABASE_URL is set (the hub signs its audit checkpoints with it)');
  }
  if (config.database.runMigrations && !config.database.ownerUrl) {
    throw new ConfigError(
      'Configuration error: DATABASE_OWNER_URL must be set when DATABASE_URL is set and HUB_RUN_MIGRATIONS is true (migrations run as the schema owner, the hub as hub_app)',
    );
  }
}
