import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { DeliveryMode } from '@hub/shared-schema';
import { UnitEntity } from '../units/unit.entity';

/**
 * What a unit wants from the change log and how it receives it. An empty filter list means "any".
 * `position` is the last event this subscription has consumed: acknowledged by a pull consumer, or
 * delivered (or dead-lettered) by the webhook worker.
 */
@Entity({ name: 'subscription' })
@Unique('subscription_unit_name_key', ['unitCode', 'name'])
@Check('subscription_delivery_check', `delivery IN ('PULL','WEBHOOK')`)
@Check('subscription_webhook_check', `delivery <> 'WEBHOOK' OR (webhook_url IS NOT NULL AND secret_sealed IS NOT NULL)`)
@Index('subscription_due_idx', { synchronize: false })
export class SubscriptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'unit_code', referencedColumnName: 'code', foreignKeyConstraintName: 'subscription_unit_code_fkey' })
  unit?: UnitEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories!: string[];

  @Column({ name: 'event_types', type: 'text', array: true, default: () => "'{}'" })
  eventTypes!: string[];

  @Column({ name: 'township_codes', type: 'text', array: true, default: () => "'{}'" })
  townshipCodes!: string[];

  @Column({ name: 'matter_codes', type: 'text', array: true, default: () => "'{}'" })
  matterCodes!: string[];

  @Column({ name: 'publisher_codes', type: 'text', array: true, default: () => "'{}'" })
  publisherCodes!: string[];

  @Column({ name: 'party_keys', type: 'text', array: true, default: () => "'{}'" })
  partyKeys!: string[];

  @Column({ type: 'varchar', length: 10 })
  delivery!: DeliveryMode;

  @Column({ name: 'webhook_url', type: 'varchar', length: 500, nullable: true })
  webhookUrl!: string | null;

  /** The signing secret, sealed with the hub's key (never stored in clear). */
  @Column({ name: 'secret_sealed', type: 'text', nullable: true })
  secretSealed!: string | null;

  /** The secret before the last rotation, still signing alongside the new one until it expires. */
  @Column({ name: 'previous_secret_sealed', type: 'text', nullable: true })
  previousSecretSealed!: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'bigint', default: 0 })
  position!: string;

  /** Failed attempts at the event after `position`; reset when it is delivered or dead-lettered. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'lease_owner', type: 'varchar', length: 80, nullable: true })
  leaseOwner!: string | null;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
