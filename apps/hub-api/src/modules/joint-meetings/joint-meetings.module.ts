import { Module, OnModuleInit } from '@nestjs/common';
import { InboxItemType } from '@hub/shared-schema';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { InboxSources } from '../inbox/inbox-sources';
import { InboxModule } from '../inbox/inbox.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { UnitsModule } from '../units/units.module';
import { JointMeetingsRepository } from './joint-meetings.repository';
import { JointMeetingsResolver } from './joint-meetings.resolver';
import { JointMeetingsService } from './joint-meetings.service';
import { INBOX_ITEMS } from './joint-meetings.sql';

/** Joint meetings (联席会议, §4(4)) and the action items of their minutes, on the lifecycle mechanism and the deadlines. */
@Module({
  imports: [LifecycleModule, DeadlinesModule, CalendarModule, UnitsModule, InboxModule, AuditModule],
  providers: [JointMeetingsRepository, JointMeetingsService, JointMeetingsResolver],
  exports: [JointMeetingsService],
})
export class JointMeetingsModule implements OnModuleInit {
  constructor(private readonly inboxSources: InboxSources) {}

  onModuleInit(): void {
    // §4(4)2②: the assigned unit sees the decisions it is to carry out; the office those reported to confirm.
    this.inboxSources.register({ itemType: InboxItemType.ACTION_ITEM, select: INBOX_ITEMS });
  }
}
