import { Module } from '@nestjs/common';
import { InboxSources } from './inbox-sources';
import { InboxRepository } from './inbox.repository';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';

/** One inbox across the workflows: each registers its part (InboxSources) when its module starts. */
@Module({
  providers: [InboxSources, InboxRepository, InboxService, InboxResolver],
  exports: [InboxSources],
})
export class InboxModule {}
