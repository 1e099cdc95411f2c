import { metricsRefusal } from './metrics-access';

describe('who may read /metrics', () => {
  const open = { port: null, host: '127.0.0.1', token: null };
  const token = 'scrape-token-0123456789';

  it('by default serves callers on the hub machine only, whatever they send', () => {
    expect(metricsRefusal(open, { listener: 'api', peer: '127.0.0.1', authorization: undefined })).toBeNull();
    expect(metricsRefusal(open, { listener: 'api', peer: '::ffff:127.0.0.1', authorization: undefined })).toBeNull();
    expect(metricsRefusal(open, { listener: 'api', peer: '::1', authorization: undefined })).toBeNull();
    expect(metricsRefusal(open, { listener: 'api', peer: '10.20.0.5', authorization: undefined })?.status).toBe(403);
    expect(metricsRefusal(open, { listener: 'api', peer: '::ffff:192.168.1.9', authorization: 'Bearer anything' })?.status).toBe(403);
    expect(metricsRefusal(open, { listener: 'api', peer: undefined, authorization: undefined })?.status).toBe(403);
  });

  it('with METRICS_TOKEN asks every caller, local or not, for the bearer token', () => {
    const config = { ...open, token };
    expect(metricsRefusal(config, { listener: 'api', peer: '10.20.0.5', authorization: `Bearer ${token}` })).toBeNull();
    expect(metricsRefusal(config, { listener: 'api', peer: '127.0.0.1', authorization: undefined })?.status).toBe(401);
    expect(metricsRefusal(config, { listener: 'api', peer: '127.0.0.1', authorization: `Bearer ${token}x` })?.status).toBe(401);
    expect(metricsRefusal(config, { listener: 'api', peer: '127.0.0.1', authorization: token })?.status).toBe(401);
  });

  it('with METRICS_PORT serves the metrics listener only', () => {
    const config = { ...open, port: 9464 };
    expect(metricsRefusal(config, { listener: 'api', peer: '127.0.0.1', authorization: undefined })?.status).toBe(404);
    expect(metricsRefusal(config, { listener: 'metrics', peer: '10.20.0.5', authorization: undefined })).toBeNull();
    expect(metricsRefusal({ ...config, token }, { listener: 'metrics', peer: '10.20.0.5', authorization: undefined })?.status).toBe(401);
  });
});
