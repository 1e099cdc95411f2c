import { Module, OnModuleInit } from '@nestjs/common';
import { InboxItemType, RecordCategory } from '@hub/shared-schema';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { InboxSources } from '../inbox/inbox-sources';
import { InboxModule } from '../inbox/inbox.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { RecordCategories } from '../records/record-categories';
import { RecordPublisher } from '../records/record-publisher.service';
import { TransfersModule } from '../transfers/transfers.module';
import { TransfersService } from '../transfers/transfers.service';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordsModule } from '../records/records.module';
import { COMPLAINTS } from './complaints.category';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintsResolver } from './complaints.resolver';
import { ComplaintsService } from './complaints.service';
import { INBOX_ITEMS } from './complaints.sql';

@Module({
  imports: [RecordsModule, PersonalDataModule, LifecycleModule, DeadlinesModule, TransfersModule, InboxModule],
  providers: [ComplaintsRepository, ComplaintsService, ComplaintsResolver],
  exports: [ComplaintsService],
})
export class ComplaintsModule implements OnModuleInit {
  constructor(
    private readonly categories: RecordCategories,
    private readonly publisher: RecordPublisher,
    private readonly transfers: TransfersService,
    private readonly complaints: ComplaintsService,
    private readonly inboxSources: InboxSources,
  ) {}

  onModuleInit(): void {
    this.categories.register(COMPLAINTS);
    this.inboxSources.register({ itemType: InboxItemType.COMPLAINT, select: INBOX_ITEMS });
    // §4(2): a complaint published (by a unit's staff or its system) is registered in the handling workflow.
    this.publisher.onStored(RecordCategory.COMPLAINT, (stored, _at, ctx) => this.complaints.registered(ctx, stored));
    // §4(2): the result of the transfer a complaint was handed off by closes the complaint; its withdrawal gives it back.
    this.transfers.onLinkedTransferEnd((ctx, transfer, end) => this.complaints.transferEnded(ctx, transfer, end));
  }
}
