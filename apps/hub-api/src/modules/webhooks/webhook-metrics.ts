import { Counter, Gauge, Histogram, register } from 'prom-client';

/** Metrics are process-wide: a second hub in the same process (tests) reuses the registered ones. */
function once<T>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

export const webhookAttempts = once(
  'hub_webhook_attempts_total',
  () => new Counter({ name: 'hub_webhook_attempts_total', help: 'Webhook delivery attempts by outcome', labelNames: ['outcome'] }),
);

export const webhookFailures = once(
  'hub_webhook_failures_total',
  () =>
    new Counter({
      name: 'hub_webhook_failures_total',
      help: 'Failed webhook attempts per subscription',
      labelNames: ['subscription', 'unit'],
    }),
);

export const webhookDeadLetters = once(
  'hub_webhook_dead_letters_total',
  () =>
    new Counter({
      name: 'hub_webhook_dead_letters_total',
      help: 'Events given up after the attempt limit',
      labelNames: ['subscription', 'unit'],
    }),
);

export const deliveryLatency = once(
  'hub_webhook_delivery_latency_seconds',
  () =>
    new Histogram({
      name: 'hub_webhook_delivery_latency_seconds',
      help: 'From the change to its successful webhook delivery',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60, 300],
    }),
);

type LagSource = () => Promise<Array<{ id: string; unit_code: string; name: string; events: number; oldest_seconds: number | null }>>;

let lagSource: LagSource | null = null;

/** The subscription lag gauges read the database when scraped, through the hub that set the source. */
export function setLagSource(source: LagSource | null): void {
  lagSource = source;
}

async function collectLag(gauge: Gauge, pick: (row: Awaited<ReturnType<LagSource>>[number]) => number): Promise<void> {
  gauge.reset();
  if (!lagSource) return;
  for (const row of await lagSource()) gauge.set({ subscription: row.id, unit: row.unit_code, name: row.name }, pick(row));
}

once(
  'hub_subscription_lag_events',
  () =>
    new Gauge({
      name: 'hub_subscription_lag_events',
      help: 'Positions between the subscription and the head of the change log',
      labelNames: ['subscription', 'unit', 'name'],
      async collect() {
        await collectLag(this, (row) => row.events);
      },
    }),
);

once(
  'hub_subscription_lag_seconds',
  () =>
    new Gauge({
      name: 'hub_subscription_lag_seconds',
      help: 'Age of the oldest event after the subscription position (0 when caught up)',
      labelNames: ['subscription', 'unit', 'name'],
      async collect() {
        await collectLag(this, (row) => row.oldest_seconds ?? 0);
      },
    }),
);
