import { Controller, Get, Res } from '@nestjs/common';
import { PrometheusController } from '@willsoto/nestjs-prometheus';
import { Public } from '../../common/auth/auth.decorators';

/** Prometheus scrape endpoint; open like /health, to be reached only from the operator's network. */
@Controller()
export class MetricsController extends PrometheusController {
  @Get()
  @Public()
  override async index(@Res({ passthrough: true }) response: unknown) {
    return super.index(response);
  }
}
