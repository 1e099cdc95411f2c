import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryWorker } from './delivery-worker.service';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Webhook push: the delivery worker, its attempts and dead letters. */
@Module({
  imports: [EventsModule, PersonalDataModule, SubscriptionsModule],
  providers: [DeliveryRepository, DeliveryWorker, WebhooksService, WebhooksResolver],
})
export class WebhooksModule {}
