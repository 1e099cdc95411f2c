import { ConfigError, loadConfig } from './hub-config';

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

  it('reads who may scrape /metrics: loopback only unless a token or a port of its own is set', () => {
    expect(loadConfig({}).metrics).toEqual({ port: null, host: '127.0.0.1', token: null });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.2', METRICS_TOKEN: 't'.repeat(16) }).metrics).toEqual({ port: 9464, host: '10.0.0.2', token: 't'.repeat(16) });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/^Configuration error: METRICS_TOKEN must be 16 to 200 printable characters/);
    expect(() => loadConfig({ METRICS_PORT: '3000' })).toThrow(/^Configuration error: METRICS_PORT must differ from PORT/);
  });

  it('shortens a long bad value in the message', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'x'.repeat(100) })).toThrow(/got "x{40}…"/);
  });
});
