import { Injectable } from '@nestjs/common';
import { BatchPublishResult, Connection, LedgerEntriesArgs, LedgerEntry, LedgerEntryInput, PublishResult } from '@hub/shared-schema';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { RecordPublisher } from '../records/record-publisher.service';
import { LEDGERS } from './ledgers.category';
import { toLedgerEntry } from './ledger.mapper';
import { LedgersRepository } from './ledgers.repository';
import { RequestContext } from '../../common/context/request-context';

@Injectable()
export class LedgersService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly ledgers: LedgersRepository,
  ) {}

  publish(ctx: RequestContext, input: LedgerEntryInput): Promise<PublishResult> {
    return this.publisher.publishOne(ctx, LEDGERS, input);
  }

  publishBatch(ctx: RequestContext, records: unknown[], dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(ctx, LEDGERS, records, { dryRun });
  }

  async list(args: LedgerEntriesArgs): Promise<Connection<LedgerEntry>> {
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    const rows = await this.ledgers.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => r.id, toLedgerEntry);
  }
}
