import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RecordsModule } from '../records/records.module';
import { EventLogRepository } from './event-log.repository';
import { LiveEvents } from './live-events.service';
import { LiveEventsResolver } from './live-events.resolver';

/** Reading the change log that RecordsModule writes: filters, pages, presentation per reader, live consoles. */
@Module({
  imports: [RecordsModule, AuthModule],
  providers: [EventLogRepository, LiveEvents, LiveEventsResolver],
  exports: [EventLogRepository],
})
export class EventsModule {}
