import { Module, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { EventsModule } from '../events/events.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { UnitsModule } from '../units/units.module';
import { SubscriptionsRepository } from './subscriptions.repository';
import { SubscriptionsResolver } from './subscriptions.resolver';
import { SubscriptionsService } from './subscriptions.service';
import { WebhookSecrets } from './webhook-secrets';

/** What units subscribe to, and the pull feed. Webhook delivery lives in WebhooksModule. */
@Module({
  imports: [EventsModule, PersonalDataModule, UnitsModule],
  providers: [SubscriptionsRepository, SubscriptionsService, SubscriptionsResolver, WebhookSecrets],
  exports: [SubscriptionsRepository, WebhookSecrets],
})
export class SubscriptionsModule implements OnModuleInit {
  constructor(
    private readonly ownership: UnitOwnershipRegistry,
    private readonly subscriptions: SubscriptionsService,
  ) {}

  onModuleInit(): void {
    this.ownership.register('subscription', (id) => (isUUID(id) ? this.subscriptions.unitOf(id) : Promise.resolve(null)));
  }
}
