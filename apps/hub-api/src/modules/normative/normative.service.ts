import { Injectable } from '@nestjs/common';
import { BatchPublishResult, Connection, NormativeDocument, NormativeDocumentInput, NormativeDocumentsArgs, PublishResult } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { InputError } from '../../common/errors/domain-error';
import { RecordPublisher } from '../records/record-publisher.service';
import { NORMATIVE } from './normative.category';
import { toNormativeDocument } from './normative.mapper';
import { NormativeRepository } from './normative.repository';

const CURSOR = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/;

@Injectable()
export class NormativeService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly documents: NormativeRepository,
  ) {}

  publish(input: NormativeDocumentInput, actor: Actor): Promise<PublishResult> {
    return this.publisher.publishOne(NORMATIVE, input, actor);
  }

  publishBatch(records: unknown[], actor: Actor): Promise<BatchPublishResult> {
    return this.publisher.publish(NORMATIVE, records, actor);
  }

  async list(args: NormativeDocumentsArgs): Promise<Connection<NormativeDocument>> {
    let after: { date: string; id: string } | null = null;
    if (args.after) {
      const match = CURSOR.exec(decodeCursor(args.after, 'after'));
      if (!match) throw new InputError('after', 'is not a cursor returned by this API');
      after = { date: match[1], id: match[2] };
    }
    const rows = await this.documents.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => `${r.effectiveFrom}|${r.id}`, toNormativeDocument);
  }
}
