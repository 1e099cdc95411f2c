import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebhookSender } from './webhook-sender';

describe('WebhookSender (loopback receivers)', () => {
  let server: Server;
  let base: string;
  const sender = new WebhookSender(300);
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
    expect(seen.at(-1)).toMatchObject({ body: '{"a":1}', headers: { 'webhook-id': 'e1', 'content-type': 'application/cloudevents+json; charset=utf-8' } });
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
});
