import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { waitUntil } from './wait';

export interface ReceivedWebhook {
  headers: IncomingMessage['headers'];
  body: string;
  event: { id: string; position: string; type: string; subject: string; data: any; [key: string]: unknown };
  status: number;
}

/**
 * A webhook endpoint on loopback for tests: records every request and answers what `respond`
 * decides (200 by default), so a test can play a failing or recovering receiver.
 */
export class TestWebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  respond: (request: { headers: IncomingMessage['headers']; body: string; count: number }) => number | Promise<number> = () => 200;
  private server: Server | null = null;

  /** Listens on `port` (any free one by default): a fixed port lets a test bring an endpoint back where it was. */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        void Promise.resolve(this.respond({ headers: req.headers, body, count: this.received.length + 1 })).then((status) => {
          this.received.push({ headers: req.headers, body, event: JSON.parse(body), status });
          res.writeHead(status).end();
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Requests answered with 2xx. */
  get delivered(): ReceivedWebhook[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300);
  }

  waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
    return waitUntil(condition, timeoutMs, `webhook deliveries (${this.received.length} request(s) so far)`);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return; // never started
    this.server = null;
    server.closeAllConnections(); // a killed hub's keep-alive sockets must not hold the close
    await new Promise((resolve) => server.close(resolve));
  }
}
