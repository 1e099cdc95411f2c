import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SubscriptionEntity } from '../subscriptions/subscription.entity';

/** One HTTP attempt to deliver one event to one webhook, successful or not. */
@Entity({ name: 'webhook_attempt' })
@Index('webhook_attempt_subscription_idx', ['subscriptionId', 'id'])
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => SubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'webhook_attempt_subscription_id_fkey' })
  subscription?: SubscriptionEntity;

  @Column({ name: 'event_position', type: 'bigint' })
  eventPosition!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt!: Date;
}
