import { join, resolve } from 'node:path';
import { checkHubConfig, ConfigError, loadConfig } from './hub-config';

describe('loadConfig', () => {
  it('gives the embedded default with no environment at all', () => {
    const config = loadConfig({});
    expect(config.database.url).toBeNull();
    expect(config.demo).toBe(true);
    expect(config.http).toEqual({ port: 3000, host: '127.0.0.1', corsOrigins: [] });
    expect(config.database.runMigrations).toBe(true);
  });

  it('reads a configured database and turns the demo off by default', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      HUB_JWT_SECRET: 's'.repeat(32),
      PORT: '8080',
      HUB_RUN_MIGRATIONS: 'false',
    });
    expect(config.database).toMatchObject({ url: 'postgres://u@h/db', runMigrations: false });
    expect(config.http.port).toBe(8080);
    expect(config.demo).toBe(false);
  });

  it("serves the console's own build unless HUB_CONSOLE_DIR names another folder (made absolute)", () => {
    expect(loadConfig({}).console.dir).toBe(join(__dirname, '../../../field-console/dist'));
    expect(loadConfig({ HUB_CONSOLE_DIR: 'build/console' }).console.dir).toBe(resolve('build/console'));
    expect(loadConfig({ HUB_CONSOLE_DIR: '/srv/console' }).console.dir).toBe('/srv/console');
  });

  it('limits searches by ID number to 30 an hour unless told otherwise', () => {
    expect(loadConfig({}).personalData.idNumberSearchesPerHour).toBe(30);
    expect(loadConfig({ ID_NUMBER_SEARCHES_PER_HOUR: '120' }).personalData.idNumberSearchesPerHour).toBe(120);
  });

  it('ignores variables it does not declare and treats empty ones as unset', () => {
    expect(loadConfig({ SOMETHING_ELSE: 'x', PORT: '' }).http.port).toBe(3000);
  });

  it.each([
    ['PORT', '3.5'],
    ['DATABASE_POOL_SIZE', '0'],
    ['GRAPHQL_MAX_DEPTH', '1'],
    ['HUB_TOKEN_TTL_SECONDS', '10'],
    ['HUB_DEMO', 'perhaps'],
    ['ID_NUMBER_SEARCHES_PER_HOUR', '0'],
    ['LOGIN_LOCKOUT_FAILURES', '1'],
    ['HUB_TRUST_PROXY', 'sometimes'],
  ])('names %s when it is %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^Configuration error: ${name} .*\\(got "${value.replace('.', '\\.')}"\\)$`),
    );
  });

  it('reads who may scrape /metrics: loopback only unless a token or a port of its own is set', () => {
    expect(loadConfig({}).metrics).toEqual({ port: null, host: '127.0.0.1', token: null });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.2', METRICS_TOKEN: 't'.repeat(16) }).metrics).toEqual({
      port: 9464,
      host: '10.0.0.2',
      token: 't'.repeat(16),
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(
      /^Configuration error: METRICS_TOKEN must be 16 to 200 printable characters/,
    );
    expect(() => loadConfig({ METRICS_PORT: '3000' })).toThrow(/^Configuration error: METRICS_PORT must differ from PORT/);
  });

  it('shortens a long bad value in the message', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'x'.repeat(100) })).toThrow(/got "x{40}…"/);
  });

  it('reads the log-in limits and refuses free failures that reach the lockout', () => {
    expect(loadConfig({}).login).toEqual({
      user: { freeFailures: 5, lockoutFailures: 10 },
      address: { freeFailures: 20, lockoutFailures: 30 },
      windowSeconds: 900,
      lockoutSeconds: 900,
      delayBaseMs: 1000,
    });
    expect(() => loadConfig({ LOGIN_FREE_FAILURES: '10' })).toThrow(
      /^Configuration error: LOGIN_FREE_FAILURES must be less than LOGIN_LOCKOUT_FAILURES \(got 10 and 10\)$/,
    );
  });

  it('reads which proxies to trust for the client address', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ HUB_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ HUB_TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16']);
  });

  it('reads the webhook networks and stops on one that is not a CIDR', () => {
    expect(loadConfig({}).delivery.allowedNetworks).toEqual([]);
    expect(loadConfig({ WEBHOOK_ALLOWED_NETWORKS: ' 10.20.0.0/24, fd12::/64 ' }).delivery.allowedNetworks).toEqual([
      '10.20.0.0/24',
      'fd12::/64',
    ]);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.20.0.0/33' })).toThrow(
      /^Configuration error: WEBHOOK_ALLOWED_NETWORKS has "10\.20\.0\.0\/33", which is not a CIDR/,
    );
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.20/16' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: 'intranet' })).toThrow(
      /^Configuration error: WEBHOOK_ALLOWED_NETWORKS must be a comma-separated list of CIDRs/,
    );
  });
});

describe('audit and database roles configuration', () => {
  const configured = { DATABASE_URL: 'postgres://hub_app@h/db', HUB_JWT_SECRET: 's'.repeat(32) };

  it('refuses a signing key that is not an Ed25519 key, without echoing it', () => {
    expect(() => loadConfig({ ...configured, HUB_AUDIT_SIGNING_KEY: 'secret-but-wrong' })).toThrow(
      /^Configuration error: HUB_AUDIT_SIGNING_KEY must be an Ed25519 private key[^"]*$/,
    );
  });

  it('makes the hub (not the CLIs) require a signing key, and the owner URL when it is to migrate', () => {
    expect(() => checkHubConfig(loadConfig(configured))).toThrow(/^Configuration error: HUB_AUDIT_SIGNING_KEY must be set/);
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(() => checkHubConfig(loadConfig({ ...configured, HUB_AUDIT_SIGNING_KEY: key }))).toThrow(
      /^Configuration error: DATABASE_OWNER_URL must be set/,
    );
    expect(() => checkHubConfig(loadConfig({ ...configured, HUB_AUDIT_SIGNING_KEY: key, HUB_RUN_MIGRATIONS: 'false' }))).not.toThrow();
    expect(loadConfig({ ...configured, DATABASE_OWNER_URL: 'postgres://owner@h/db' }).database.ownerUrl).toBe('postgres://owner@h/db');
  });
});
