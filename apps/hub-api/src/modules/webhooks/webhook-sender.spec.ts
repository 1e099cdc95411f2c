import { SystemClock } from '../../common/time/clock';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebhookSender } from './webhook-sender';
import { REFUSED_TARGET_REASON, WebhookTargetPolicy } from '../subscriptions/webhook-target-policy';

describe('WebhookSender (loopback receivers)', () => {
  let server: Server;
  let base: string;
  // Loopback is refused by default: these receivers are allowed by address, as an operator would.
  const sender = new WebhookSender(300, new WebhookTargetPolicy({ hosts: ['127.0.0.1'], networks: [] }), new SystemClock());
  const seen: Array<{ headers: Record<string, unknown>; body: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        if (req.url === '/ok') res.writeHead(204).end();
        else if (req.url === '/moved') res.writeHead(302, { location: '/ok' }).end();
        else if (req.url === '/chatty') res.writeHead(200).end('x'.repeat(1_000_000));
        // '/slow' never answers
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await sender.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('POSTs the body with its headers and counts only a 2xx', async () => {
    expect(await sender.send(`${base}/ok`, '{"a":1}', { 'webhook-id': 'e1' })).toMatchObject({ ok: true, statusCode: 204, error: null });
    expect(seen.at(-1)).toMatchObject({
      body: '{"a":1}',
      headers: { 'webhook-id': 'e1', 'content-type': 'application/cloudevents+json; charset=utf-8' },
    });
    expect(await sender.send(`${base}/chatty`, '{}', {})).toMatchObject({ ok: true, statusCode: 200 });
  });

  it('does not follow a redirect', async () => {
    const before = seen.length;
    expect(await sender.send(`${base}/moved`, '{}', {})).toMatchObject({ ok: false, statusCode: 302, error: 'HTTP 302' });
    expect(seen.length).toBe(before + 1);
  });

  it('cuts off a receiver that does not answer within the timeout', async () => {
    const result = await sender.send(`${base}/slow`, '{}', {});
    expect(result).toMatchObject({ ok: false, statusCode: null, error: 'timed out after 300 ms' });
    expect(result.durationMs).toBeGreaterThanOrEqual(250);
  });

  it('says why when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect((await sender.send(`http://127.0.0.1:${port}/`, '{}', {})).error).toMatch(/ECONNREFUSED/);
  });

  describe('target policy', () => {
    const anyPublic = new WebhookSender(300, new WebhookTargetPolicy({ hosts: null, networks: [] }), new SystemClock());
    afterAll(() => anyPublic.close());

    it('refuses a loopback address without connecting, and says nothing of the target', async () => {
      const before = seen.length;
      expect(await anyPublic.send(`${base}/ok`, '{}', {})).toEqual({
        ok: false,
        statusCode: null,
        error: REFUSED_TARGET_REASON,
        durationMs: 0,
        refused: true,
      });
      expect(seen.length).toBe(before);
    });

    it('refuses at connection time a name that resolves to loopback (as a rebound name would)', async () => {
      const before = seen.length;
      const result = await anyPublic.send(`${base.replace('127.0.0.1', 'localhost')}/ok`, '{}', {});
      expect(result).toMatchObject({ ok: false, statusCode: null, error: REFUSED_TARGET_REASON, refused: true });
      expect(seen.length).toBe(before);
    });

    it('refuses a target the allow-list does not name any more', async () => {
      const narrowed = new WebhookSender(
        300,
        new WebhookTargetPolicy({ hosts: ['.jinjiang.gov.cn'], networks: ['127.0.0.0/8'] }),
        new SystemClock(),
      );
      expect(await narrowed.send(`${base}/ok`, '{}', {})).toMatchObject({ refused: true, error: REFUSED_TARGET_REASON });
      await narrowed.close();
    });

    it('delivers to loopback once its network is allowed', async () => {
      const allowed = new WebhookSender(
        300,
        new WebhookTargetPolicy({ hosts: null, networks: ['127.0.0.0/8', '::1/128'] }),
        new SystemClock(),
      );
      expect(await allowed.send(`${base.replace('127.0.0.1', 'localhost')}/ok`, '{}', {})).toMatchObject({
        ok: true,
        statusCode: 204,
        refused: false,
      });
      await allowed.close();
    });
  });
});
