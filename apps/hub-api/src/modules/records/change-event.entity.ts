import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one row per change to shared data, written in the change's own transaction, in
 * CloudEvents shape (id, source, type, subject, time, data). `position` orders the log.
 */
@Entity({ name: 'change_event' })
@Index('change_event_subject_idx', ['subject', 'position'])
export class ChangeEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position!: string;

  @Column({ type: 'uuid', unique: true })
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  type!: string;

  @Column({ type: 'varchar', length: 30 })
  category!: string;

  @Column({ type: 'uuid' })
  subject!: string;

  @Column({ name: 'source_unit_code', type: 'varchar', length: 40 })
  sourceUnitCode!: string;

  @Column({ name: 'township_code', type: 'varchar', length: 40, nullable: true })
  townshipCode!: string | null;

  @Column({ name: 'matter_code', type: 'varchar', length: 40, nullable: true })
  matterCode!: string | null;

  @Column({ name: 'party_key', type: 'varchar', length: 200, nullable: true })
  partyKey!: string | null;

  /** Units that must be told even without a subscription, e.g. towns holding a matter (§4(1)1). */
  @Column({ type: 'text', array: true, nullable: true })
  recipients!: string[] | null;

  /** Units that alone may receive the event (a unit's own report); NULL for shared data, which every unit may. */
  @Column({ type: 'text', array: true, nullable: true })
  audience!: string[] | null;

  /** Units that see the personal data in full, as a query would show it: publisher and handling units. */
  @Column({ name: 'privileged_units', type: 'text', array: true, default: () => "'{}'" })
  privilegedUnits!: string[];

  /** The personal fields in full, merged into `data.record` only for readers entitled to them. */
  @Column({ name: 'personal_data', type: 'jsonb', nullable: true })
  personalData!: Record<string, string | null> | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;
}
