import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { register } from 'prom-client';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { metricsRefusal } from './metrics-access';

/**
 * With METRICS_PORT, /metrics gets a listener of its own (METRICS_HOST, loopback by default), apart
 * from the API port the units' systems reach: operators scrape it from their own network, as they do
 * any exporter. The same registry as the API port's endpoint; METRICS_TOKEN applies here too.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | null = null;

  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const { port, host } = this.config.metrics;
    if (port === null) return;
    const server = createServer((req, res) => void this.answer(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    this.logger.log(`metrics on ${this.url()}/metrics`);
  }

  /** `http://host:port` of the metrics listener, or null when /metrics is on the API port. */
  url(): string | null {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address ? `http://${this.config.metrics.host}:${address.port}` : null;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('only GET /metrics is served here');
      return;
    }
    const refusal = metricsRefusal(this.config.metrics, {
      listener: 'metrics',
      peer: req.socket.remoteAddress,
      authorization: req.headers.authorization,
    });
    if (refusal) {
      const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
      if (refusal.status === 401) headers['www-authenticate'] = 'Bearer realm="metrics"';
      res.writeHead(refusal.status, headers).end(refusal.message);
      return;
    }
    try {
      const body = await register.metrics();
      res.writeHead(200, { 'content-type': register.contentType }).end(body);
    } catch (error) {
      this.logger.error({ err: error }, 'could not collect metrics');
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics could not be collected');
    }
  }
}
