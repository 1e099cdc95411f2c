import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { MemorySeenIds, WebhookReceiver } from '../webhook-receiver';
import type { CliIo } from './push-command';

export interface ServeWebhookOptions {
  port: number;
  host: string;
  /** The subscription's secret(s), `whsec_…`; two during a rotation. */
  secrets: string[];
  /** NDJSON file the verified events are appended to. */
  out: string;
}

/**
 * `hub-connector serve-webhook`: a receiver for units without a system of their own yet. It verifies
 * each delivery (signature, timestamp), appends each event once to an NDJSON file, and answers 200
 * only after the line is written, so the hub retries anything not safely kept. Event ids already in
 * the file are remembered across restarts, so a redelivery is not written twice.
 */
export async function serveWebhook(options: ServeWebhookOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  const seen = new MemorySeenIds(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (existsSync(options.out)) {
    for (const line of readFileSync(options.out, 'utf8').split('\n')) {
      if (line.trim()) seen.add((JSON.parse(line) as { id: string }).id);
    }
  }
  const receiver = new WebhookReceiver({ secrets: options.secrets, seen });
  let received = 0;
  const server = createServer(
    receiver.listener((event) => {
      appendFileSync(options.out, `${JSON.stringify(event)}\n`);
      received++;
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  io.stderr.write(`listening on http://${options.host}:${port}/ — verified events go to ${options.out}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    signal?.addEventListener('abort', stop, { once: true });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stderr.write(`stopped; ${received} event(s) written this run\n`);
  return 0;
}
