import { Injectable } from '@nestjs/common';
import { InboxItemType } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { InboxSource } from './inbox-sources';
import { inboxUnion } from './inbox.sql';

export interface InboxRow {
  itemType: InboxItemType;
  id: string;
  state: string;
  title: string;
  urgent: boolean;
  nextDueAt: Date | null;
  overdue: boolean;
  since: Date;
}

@Injectable()
export class InboxRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async forUnit(sources: readonly InboxSource[], unitCode: string, limit: number): Promise<InboxRow[]> {
    if (!sources.length) return [];
    return this.tx.manager.query(inboxUnion(sources.map((source) => source.select)), [unitCode, limit]);
  }
}
