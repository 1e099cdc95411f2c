import { appendFileSync } from 'node:fs';
import { FileCheckpoint } from '../checkpoint';
import { FeedSubscriber } from '../feed-subscriber';
import { HubClient } from '../hub-client';
import { HubError } from '../hub-error';
import type { CliIo } from './push-command';

export interface FeedOptions {
  subscription: string;
  url: string;
  key: string;
  /** NDJSON file to append to; default standard output. */
  out?: string;
  /** Default `<out>.checkpoint.json`, or `hub-feed-<subscription>.json` when writing to standard output. */
  checkpoint?: string;
  /** `tail`: keep following; `pull`: stop once caught up. */
  follow: boolean;
  pageSize: number;
}

/**
 * `hub-connector pull` / `tail`: one NDJSON line per event of a PULL subscription, in log order.
 * Each line is written before the checkpoint moves past it, so an interrupted run re-writes at most
 * the events after its last checkpoint (at least once; the `id` field identifies repeats).
 */
export async function followFeed(options: FeedOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  const client = new HubClient({ url: options.url, credential: options.key });
  const checkpointPath = options.checkpoint ?? (options.out ? `${options.out}.checkpoint.json` : `hub-feed-${options.subscription}.json`);
  let written = 0;
  const subscriber = new FeedSubscriber({
    client,
    subscriptionId: options.subscription,
    checkpoint: new FileCheckpoint(checkpointPath),
    pageSize: options.pageSize,
    untilCaughtUp: !options.follow,
    handler: (event) => {
      const line = `${JSON.stringify(event)}\n`;
      if (options.out) appendFileSync(options.out, line);
      else io.stdout.write(line);
      written++;
    },
    onError: (error, attempt, delayMs) => {
      io.stderr.write(
        `hub-connector: ${error instanceof Error ? error.message : String(error)} (retry ${attempt} in ${Math.round(delayMs)} ms)\n`,
      );
    },
  });
  signal?.addEventListener('abort', () => void subscriber.stop(), { once: true });
  try {
    await subscriber.run();
  } catch (error) {
    if (error instanceof HubError) {
      io.stderr.write(`hub-connector: the hub refused: ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  io.stderr.write(`${written} event(s) written; checkpoint ${subscriber.processed ?? 'none'} in ${checkpointPath}\n`);
  return 0;
}
