import { Injectable } from '@nestjs/common';
import { BatchPublishResult, Connection, LedgerEntriesArgs, LedgerEntry, LedgerEntryInput, PublishResult } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { RecordPublisher } from '../records/record-publisher.service';
import { LEDGERS } from './ledgers.category';
import { toLedgerEntry } from './ledger.mapper';
import { LedgersRepository } from './ledgers.repository';

@Injectable()
export class LedgersService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly ledgers: LedgersRepository,
  ) {}

  publish(input: LedgerEntryInput, actor: Actor): Promise<PublishResult> {
    return this.publisher.publishOne(LEDGERS, input, actor);
  }

  publishBatch(records: unknown[], actor: Actor, dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(LEDGERS, records, actor, { dryRun });
  }

  async list(args: LedgerEntriesArgs): Promise<Connection<LedgerEntry>> {
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    const rows = await this.ledgers.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => r.id, toLedgerEntry);
  }
}
