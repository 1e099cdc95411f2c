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

/**
 * The environment variables the hub reads, with their defaults. The README's configuration table
 * mirrors this class; a value that fails here stops start-up with one line naming the variable.
 */
export class HubEnvironment {
  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 0 to 65535' })
  @Min(0, { message: 'must be an integer from 0 to 65535' })
  @Max(65535, { message: 'must be an integer from 0 to 65535' })
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  /** Absent: the hub starts an embedded PostgreSQL under HUB_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 1 to 200' })
  @Min(1, { message: 'must be an integer from 1 to 200' })
  @Max(200, { message: 'must be an integer from 1 to 200' })
  DATABASE_POOL_SIZE = 10;

  @IsString()
  @MinLength(1)
  HUB_DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 1024 to 65535' })
  @Min(1024, { message: 'must be an integer from 1024 to 65535' })
  @Max(65535, { message: 'must be an integer from 1024 to 65535' })
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

  @Transform(toInt)
  @IsInt({ message: 'must be a number of seconds from 60 to 86400' })
  @Min(60, { message: 'must be a number of seconds from 60 to 86400' })
  @Max(86400, { message: 'must be a number of seconds from 60 to 86400' })
  HUB_TOKEN_TTL_SECONDS = 3600;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 2 to 50' })
  @Min(2, { message: 'must be an integer from 2 to 50' })
  @Max(50, { message: 'must be an integer from 2 to 50' })
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 1 to 100' })
  @Min(1, { message: 'must be an integer from 1 to 100' })
  @Max(100, { message: 'must be an integer from 1 to 100' })
  GRAPHQL_MAX_ALIASES = 15;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 100 to 1000000' })
  @Min(100, { message: 'must be an integer from 100 to 1000000' })
  @Max(1000000, { message: 'must be an integer from 100 to 1000000' })
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
