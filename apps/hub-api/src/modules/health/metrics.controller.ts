import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { PrometheusController } from '@willsoto/nestjs-prometheus';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/auth.decorators';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { metricsRefusal } from './metrics-access';

/**
 * Prometheus scrape endpoint on the API port. Not authenticated as a unit (no API key or token), but
 * open only as metrics-access.ts decides; /health stays open.
 */
@Controller()
export class MetricsController extends PrometheusController {
  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {
    super();
  }

  @Get()
  @Public()
  override async index(@Res({ passthrough: true }) response: FastifyReply, @Req() request?: FastifyRequest) {
    const refusal = metricsRefusal(this.config.metrics, {
      listener: 'api',
      peer: request?.socket.remoteAddress,
      authorization: request?.headers.authorization,
    });
    if (refusal) {
      void response.status(refusal.status).header('content-type', 'text/plain; charset=utf-8');
      if (refusal.status === 401) void response.header('www-authenticate', 'Bearer realm="metrics"');
      return refusal.message;
    }
    return super.index(response);
  }
}
