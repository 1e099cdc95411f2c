import { checkHubConfig, ConfigError, loadConfig } from './hub-config';

describe('loadConfig', () => {
  it('gives the embedded default with no environment at all', () => {
    const config = loadConfig({});
    expect(config.database.url).toBeNull();
    expect(config.demo).toBe(true);
    expect(config.http).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(config.database.runMigrations).toBe(true);
  });

  it('reads a configured database and turns the demo off by default', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h/db', HUB_JWT_SECRET: 's'.repeat(32), PORT: '8080', HUB_RUN_MIGRATIONS: 'false' });
    expect(config.database).toMatchObject({ url: 'postgres://u@h/db', runMigrations: false });
    expect(config.http.port).toBe(8080);
    expect(config.demo).toBe(false);
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
  ])('names %s when it is %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Configuration error: ${name} .*\\(got "${value.replace('.', '\\.')}"\\)$`));
  });

  it('shortens a long bad value in the message', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'x'.repeat(100) })).toThrow(/got "x{40}…"/);
  });
});

describe('audit and database roles configuration', () => {
  const configured = { DATABASE_URL: 'postgres://hub_app@h/db', HUB_JWT_SECRET: 's'.repeat(32) };

  it('refuses a signing key that is not an Ed25519 key, without echoing it', () => {
    expect(() => loadConfig({ ...configured, HUB_AUDIT_SIGNING_KEY: 'secret-but-wrong' })).toThrow(/^Configuration error: HUB_AUDIT_SIGNING_KEY must be an Ed25519 private key[^"]*$/);
  });

  it('makes the hub (not the CLIs) require a signing key, and the owner URL when it is to migrate', () => {
    expect(() => checkHubConfig(loadConfig(configured))).toThrow(/^Configuration error: HUB_AUDIT_SIGNING_KEY must be set/);
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(() => checkHubConfig(loadConfig({ ...configured, HUB_AUDIT_SIGNING_KEY: key }))).toThrow(/^Configuration error: DATABASE_OWNER_URL must be set/);
    expect(() => checkHubConfig(loadConfig({ ...configured, HUB_AUDIT_SIGNING_KEY: key, HUB_RUN_MIGRATIONS: 'false' }))).not.toThrow();
    expect(loadConfig({ ...configured, DATABASE_OWNER_URL: 'postgres://owner@h/db' }).database.ownerUrl).toBe('postgres://owner@h/db');
  });
});
