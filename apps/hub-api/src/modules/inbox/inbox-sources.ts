import { Injectable } from '@nestjs/common';
import { InboxItemType } from '@hub/shared-schema';

/**
 * One workflow's part of the inbox: a SELECT of the items unit `$1` must act on now, at most `$2`, most
 * urgent first, with the columns the inbox reads — "itemType", id, state, title, urgent, "nextDueAt",
 * overdue, since — e.g. INBOX_ITEMS in modules/transfers/transfers.sql.ts. The workflow's module
 * registers it at start-up, as it registers its evidence owner:
 *
 *     onModuleInit() { this.inboxSources.register({ itemType: InboxItemType.TRANSFER, select: INBOX_ITEMS }); }
 */
export interface InboxSource {
  itemType: InboxItemType;
  select: string;
}

@Injectable()
export class InboxSources {
  private readonly sources = new Map<InboxItemType, InboxSource>();

  register(source: InboxSource): void {
    this.sources.set(source.itemType, source);
  }

  all(): InboxSource[] {
    return [...this.sources.values()];
  }
}
