import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { EventLogRepository } from './event-log.repository';
import { LiveEvents } from './live-events.service';
import { LiveEventsResolver } from './live-events.resolver';

/** Reading the change log that PersonalDataModule writes: filters, pages, presentation per reader, live consoles. */
@Module({
  imports: [PersonalDataModule, AuthModule],
  providers: [EventLogRepository, LiveEvents, LiveEventsResolver],
  exports: [EventLogRepository],
})
export class EventsModule {}
