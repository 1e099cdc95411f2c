import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { DeadLettersRepository } from './dead-letters.repository';
import { DeliveryRecords } from './delivery-records.service';
import { DeliveryWorker } from './delivery-worker.service';
import { WebhookAttemptsRepository } from './webhook-attempts.repository';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/**
 * Webhook push: the delivery worker, its attempts and dead letters (the `webhook_attempt` and
 * `dead_letter` tables). The subscription's delivery state is written through SubscriptionsModule.
 */
@Module({
  imports: [EventsModule, PersonalDataModule, SubscriptionsModule],
  providers: [WebhookAttemptsRepository, DeadLettersRepository, DeliveryRecords, DeliveryWorker, WebhooksService, WebhooksResolver],
})
export class WebhooksModule {}
