import { Injectable } from '@nestjs/common';
import { Connection, NormativeDocument, NormativeDocumentInput, NormativeDocumentsArgs } from '@hub/shared-schema';
import { DATE_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { NormativeDocumentEntity } from './normative-document.entity';
import { CategoryPublishing } from '../records/category-publishing';
import { RecordPublisher } from '../records/record-publisher.service';
import { NORMATIVE } from './normative.category';
import { toNormativeDocument } from './normative.mapper';
import { NormativeRepository } from './normative.repository';

@Injectable()
export class NormativeService extends CategoryPublishing<NormativeDocumentInput, NormativeDocumentEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly documents: NormativeRepository,
  ) {
    super(publisher, NORMATIVE);
  }

  async list(args: NormativeDocumentsArgs): Promise<Connection<NormativeDocument>> {
    const cursor = decodeKeysetCursor(args.after, DATE_KEY);
    const after = cursor && { date: cursor.value, id: cursor.id };
    const rows = await this.documents.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => `${r.effectiveFrom}|${r.id}`, toNormativeDocument);
  }
}
