import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';

/** An event a webhook gave up on after the attempt limit; redelivered when its unit asks. */
@Entity({ name: 'dead_letter' })
export class DeadLetterEntity {
  @PrimaryColumn({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => SubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'dead_letter_subscription_id_fkey' })
  subscription?: SubscriptionEntity;

  @PrimaryColumn({ name: 'event_position', type: 'bigint' })
  eventPosition!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'dead_at', type: 'timestamptz', default: () => 'now()' })
  deadAt!: Date;

  @Column({ name: 'redeliver_requested_at', type: 'timestamptz', nullable: true })
  redeliverRequestedAt!: Date | null;
}
