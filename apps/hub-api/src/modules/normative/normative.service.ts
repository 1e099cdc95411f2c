import { Injectable } from '@nestjs/common';
import {
  BatchPublishResult,
  Connection,
  NormativeDocument,
  NormativeDocumentInput,
  NormativeDocumentsArgs,
  PublishResult,
} from '@hub/shared-schema';
import { DATE_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { RecordPublisher } from '../records/record-publisher.service';
import { NORMATIVE } from './normative.category';
import { toNormativeDocument } from './normative.mapper';
import { NormativeRepository } from './normative.repository';
import { RequestContext } from '../../common/context/request-context';

@Injectable()
export class NormativeService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly documents: NormativeRepository,
  ) {}

  publish(ctx: RequestContext, input: NormativeDocumentInput): Promise<PublishResult> {
    return this.publisher.publishOne(ctx, NORMATIVE, input);
  }

  publishBatch(ctx: RequestContext, records: unknown[], dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(ctx, NORMATIVE, records, { dryRun });
  }

  async list(args: NormativeDocumentsArgs): Promise<Connection<NormativeDocument>> {
    const cursor = decodeKeysetCursor(args.after, DATE_KEY);
    const after = cursor && { date: cursor.value, id: cursor.id };
    const rows = await this.documents.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => `${r.effectiveFrom}|${r.id}`, toNormativeDocument);
  }
}
