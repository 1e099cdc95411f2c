import { timingSafeEqual } from 'node:crypto';
import { HubConfig } from '../../config/hub-config';

export type MetricsListener = 'api' | 'metrics';

export interface MetricsRequest {
  listener: MetricsListener;
  /** The socket's peer address (no proxy headers are trusted). */
  peer: string | undefined;
  authorization: string | string[] | undefined;
}

export interface MetricsRefusal {
  status: 401 | 403 | 404;
  message: string;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may read /metrics: it names subscriptions and unit codes, so not the units' systems that reach
 * the API port. With METRICS_PORT it is served on that listener alone; with METRICS_TOKEN only to
 * `Authorization: Bearer <token>`; with neither, only to callers on the hub's own machine (loopback),
 * the way GitLab's and Kubernetes' metrics endpoints default. Null: serve it.
 */
export function metricsRefusal(config: HubConfig['metrics'], request: MetricsRequest): MetricsRefusal | null {
  if (request.listener === 'api' && config.port !== null) {
    return { status: 404, message: 'metrics are served on the metrics port (METRICS_PORT), not here' };
  }
  if (config.token !== null) {
    const header = typeof request.authorization === 'string' ? request.authorization : '';
    const given = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
    return given && sameToken(given, config.token)
      ? null
      : { status: 401, message: 'metrics need Authorization: Bearer <METRICS_TOKEN> (监控指标需要令牌)' };
  }
  if (request.listener === 'api' && !LOOPBACK.test(request.peer ?? '')) {
    return {
      status: 403,
      message: 'metrics are open to the hub machine only; set METRICS_TOKEN or METRICS_PORT to scrape from elsewhere (监控指标仅限本机)',
    };
  }
  return null;
}
