import { BatchPublishResult, PublishResult } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { RecordCategoryDefinition } from './record-category';
import { RecordPublisher } from './record-publisher.service';
import { SharedRecordEntity } from './shared-record.entity';

/**
 * What every category's service offers for publishing: one record (refusal answered as an error) or a batch
 * (with a dry run), both carried out by the RecordPublisher under the category's declaration. A category's
 * service extends this and states only its declaration and its own rules (lists, checks, readings).
 */
export abstract class CategoryPublishing<Input extends { sourceId: string }, Row extends SharedRecordEntity = SharedRecordEntity> {
  protected constructor(
    protected readonly publisher: RecordPublisher,
    readonly category: RecordCategoryDefinition<Input, Row>,
  ) {}

  publish(ctx: RequestContext, input: Input): Promise<PublishResult> {
    return this.publisher.publishOne(ctx, this.category, input);
  }

  publishBatch(ctx: RequestContext, records: unknown[], dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(ctx, this.category, records, { dryRun });
  }
}
