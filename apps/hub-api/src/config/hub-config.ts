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

  /** Absent: the hub starts an embedded PostgreSQL under HUB_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

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

  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  GRAPHQL_INTROSPECTION = true;
}

export interface HubConfig {
  http: { port: number; host: string };
  database: { url: string | null; poolSize: number; runMigrations: boolean };
  embedded: { dataDir: string; pgPort: number };
  demo: boolean;
  auth: { jwtSecret: string | null; tokenTtlSeconds: number };
  logLevel: string;
  graphql: { maxDepth: number; maxAliases: number; maxCost: number; introspection: boolean };
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
  for (const key of [...declared, 'DATABASE_URL', 'HUB_DEMO', 'HUB_JWT_SECRET']) {
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
  return {
    http: { port: parsed.PORT, host: parsed.HOST },
    database: {
      url: parsed.DATABASE_URL ?? null,
      poolSize: parsed.DATABASE_POOL_SIZE,
      runMigrations: parsed.HUB_RUN_MIGRATIONS,
    },
    embedded: { dataDir: parsed.HUB_DATA_DIR, pgPort: parsed.EMBEDDED_PG_PORT },
    demo: parsed.HUB_DEMO ?? embedded,
    auth: { jwtSecret: parsed.HUB_JWT_SECRET ?? null, tokenTtlSeconds: parsed.HUB_TOKEN_TTL_SECONDS },
    logLevel: parsed.LOG_LEVEL,
    graphql: {
      maxDepth: parsed.GRAPHQL_MAX_DEPTH,
      maxAliases: parsed.GRAPHQL_MAX_ALIASES,
      maxCost: parsed.GRAPHQL_MAX_COST,
      introspection: parsed.GRAPHQL_INTROSPECTION,
    },
  };
}
