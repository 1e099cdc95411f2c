import { Module, OnModuleInit } from '@nestjs/common';
import { EvidenceOwnerCategory, InboxItemType } from '@hub/shared-schema';
import { CalendarModule } from '../calendar/calendar.module';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { EvidenceOwners } from '../evidence/evidence-owners';
import { InboxSources } from '../inbox/inbox-sources';
import { InboxModule } from '../inbox/inbox.module';
import { LedgersModule } from '../ledgers/ledgers.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { PenaltiesModule } from '../penalties/penalties.module';
import { UnitsModule } from '../units/units.module';
import { AssistanceRepository } from './assistance.repository';
import { AssistanceResolver } from './assistance.resolver';
import { AssistanceService } from './assistance.service';
import { INBOX_ITEMS } from './assistance.sql';

/** Assistance requests between units (§5) on the lifecycle mechanism and the deadlines. */
@Module({
  imports: [LifecycleModule, DeadlinesModule, CalendarModule, EvidenceModule, UnitsModule, LedgersModule, PenaltiesModule, InboxModule],
  providers: [AssistanceRepository, AssistanceService, AssistanceResolver],
  exports: [AssistanceService],
})
export class AssistanceModule implements OnModuleInit {
  constructor(
    private readonly assistance: AssistanceService,
    private readonly evidenceOwners: EvidenceOwners,
    private readonly inboxSources: InboxSources,
  ) {}

  onModuleInit(): void {
    // §5(1): the documents provided are attached by the request's units and read by them only.
    this.evidenceOwners.register(EvidenceOwnerCategory.ASSISTANCE, (id, field) => this.assistance.holdersOf(id, field));
    this.inboxSources.register({ itemType: InboxItemType.ASSISTANCE, select: INBOX_ITEMS });
  }
}
