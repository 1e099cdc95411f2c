import { Injectable } from '@nestjs/common';
import {
  BatchPublishResult,
  Connection,
  NormativeDocument,
  NormativeDocumentInput,
  NormativeDocumentsArgs,
  PublishResult,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { DATE_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { RecordPublisher } from '../records/record-publisher.service';
import { NORMATIVE } from './normative.category';
import { toNormativeDocument } from './normative.mapper';
import { NormativeRepository } from './normative.repository';

@Injectable()
export class NormativeService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly documents: NormativeRepository,
  ) {}

  publish(input: NormativeDocumentInput, actor: Actor): Promise<PublishResult> {
    return this.publisher.publishOne(NORMATIVE, input, actor);
  }

  publishBatch(records: unknown[], actor: Actor, dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(NORMATIVE, records, actor, { dryRun });
  }

  async list(args: NormativeDocumentsArgs): Promise<Connection<NormativeDocument>> {
    const cursor = decodeKeysetCursor(args.after, DATE_KEY);
    const after = cursor && { date: cursor.value, id: cursor.id };
    const rows = await this.documents.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => `${r.effectiveFrom}|${r.id}`, toNormativeDocument);
  }
}
