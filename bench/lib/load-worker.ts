/**
 * The load generator, run as its own process so that it never shares a CPU core's event loop with
 * what it measures: autocannon POSTing the given bodies round-robin, printing its result as JSON.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadResult, LoadSpec } from './load';

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadSpec;
  let next = 0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    method: 'POST',
    ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
    headers: { 'content-type': 'application/json', ...spec.headers },
    requests: [{ setupRequest: (request) => ({ ...request, body: spec.bodies[next++ % spec.bodies.length] }) }],
  });
  const out: LoadResult = {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  process.stdout.write(JSON.stringify(out));
}

void main();
