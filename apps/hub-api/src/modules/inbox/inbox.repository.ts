import { Injectable } from '@nestjs/common';
import { InboxItemType } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { InboxSource } from './inbox-sources';

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

/** The order of the inbox, within each workflow's part and across them: the earliest deadline first. */
export const INBOX_ORDER = `"nextDueAt" NULLS LAST, urgent DESC, since, id`;

/**
 * Every workflow's part, each already cut to its `first` most urgent (its own indexes do that), merged
 * and cut again: the unit's `first` most urgent items of all.
 */
export function inboxUnion(sources: readonly InboxSource[]): string {
  return `SELECT * FROM (${sources.map((source) => `(${source.select})`).join(' UNION ALL ')}) inbox ORDER BY ${INBOX_ORDER} LIMIT $2`;
}

@Injectable()
export class InboxRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async forUnit(sources: readonly InboxSource[], unitCode: string, limit: number): Promise<InboxRow[]> {
    if (!sources.length) return [];
    return this.tx.manager.query(inboxUnion(sources), [unitCode, limit]);
  }
}
