import { Injectable } from '@nestjs/common';
import { Connection, LedgerEntriesArgs, LedgerEntry, LedgerEntryInput } from '@hub/shared-schema';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { CategoryPublishing } from '../records/category-publishing';
import { RecordPublisher } from '../records/record-publisher.service';
import { LEDGERS } from './ledgers.category';
import { toLedgerEntry } from './ledger.mapper';
import { LedgersRepository } from './ledgers.repository';

@Injectable()
export class LedgersService extends CategoryPublishing<LedgerEntryInput, LedgerEntryEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly ledgers: LedgersRepository,
  ) {
    super(publisher, LEDGERS);
  }

  async list(args: LedgerEntriesArgs): Promise<Connection<LedgerEntry>> {
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    const rows = await this.ledgers.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => r.id, toLedgerEntry);
  }

  /** The entries with these ids, in the order given. */
  async byIds(ids: string[]): Promise<LedgerEntry[]> {
    const rows = new Map((await this.ledgers.byIds(ids)).map((row) => [row.id, row]));
    return ids.flatMap((id) => (rows.has(id) ? [toLedgerEntry(rows.get(id)!)] : []));
  }
}
