import type { HubClient, PublishOptions } from './hub-client';
import { MAX_PUBLISH_BATCH, PublishCategory, PublishInputs } from './publish-categories';
import type { RecordOutcome } from './record-outcome';

export interface BatchOptions extends PublishOptions {
  /** Records per call, 1 to 1,000 (default 500). */
  batchSize?: number;
}

export interface PublishedBatch {
  /** Position of the batch's first record among all the records given. */
  offset: number;
  /** One per record of the batch; `index` counts among all the records given. */
  outcomes: RecordOutcome[];
}

/**
 * Publishes records of any number in batches, one call at a time, yielding each batch once the hub has
 * answered it (so a caller can record its progress). Records are read from `records` only as batches
 * are sent, so a large source is never held in memory at once.
 */
export async function* publishInBatches<C extends PublishCategory>(
  client: HubClient,
  category: C,
  records: Iterable<PublishInputs[C]> | AsyncIterable<PublishInputs[C]>,
  options: BatchOptions = {},
): AsyncGenerator<PublishedBatch> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_PUBLISH_BATCH) {
    throw new RangeError(`batchSize must be an integer from 1 to ${MAX_PUBLISH_BATCH} (got ${batchSize})`);
  }
  let offset = 0;
  let batch: PublishInputs[C][] = [];
  const send = async (): Promise<PublishedBatch> => {
    const outcomes = (await client.publish(category, batch, options)).map((o) => ({ ...o, index: offset + o.index }));
    const sent = { offset, outcomes };
    offset += batch.length;
    batch = [];
    return sent;
  };
  for await (const record of records) {
    batch.push(record);
    if (batch.length === batchSize) yield await send();
  }
  if (batch.length) yield await send();
}

/** Publishes all the records in batches and answers one outcome per record, in order. */
export async function publishAll<C extends PublishCategory>(
  client: HubClient,
  category: C,
  records: Iterable<PublishInputs[C]> | AsyncIterable<PublishInputs[C]>,
  options: BatchOptions = {},
): Promise<RecordOutcome[]> {
  const outcomes: RecordOutcome[] = [];
  for await (const batch of publishInBatches(client, category, records, options)) outcomes.push(...batch.outcomes);
  return outcomes;
}
