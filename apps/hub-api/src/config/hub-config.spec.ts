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

  it('shortens a long bad value in the message', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'x'.repeat(100) })).toThrow(/got "x{40}…"/);
  });

  it('reads the webhook networks and stops on one that is not a CIDR', () => {
    expect(loadConfig({}).delivery.allowedNetworks).toEqual([]);
    expect(loadConfig({ WEBHOOK_ALLOWED_NETWORKS: ' 10.20.0.0/24, fd12::/64 ' }).delivery.allowedNetworks).toEqual(['10.20.0.0/24', 'fd12::/64']);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.20.0.0/33' })).toThrow(/^Configuration error: WEBHOOK_ALLOWED_NETWORKS has "10\.20\.0\.0\/33", which is not a CIDR/);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.20/16' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_NETWORKS: 'intranet' })).toThrow(/^Configuration error: WEBHOOK_ALLOWED_NETWORKS must be a comma-separated list of CIDRs/);
  });
});
