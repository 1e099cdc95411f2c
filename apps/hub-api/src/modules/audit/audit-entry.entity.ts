import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ActorKind } from '@hub/shared-schema';

/**
 * One row of the audit trail. `id`, `prev_hash` and `hash` are set by the database trigger
 * `audit_entry_chain` (see the Foundation migration), never by the application, so a caller cannot
 * forge a link; UPDATE, DELETE and TRUNCATE are refused by triggers.
 */
@Entity({ name: 'audit_entry' })
@Index('audit_entry_operation_idx', ['operation', 'id'])
@Index('audit_entry_unit_idx', ['unitCode', 'id'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'bigint', insert: false })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 20 })
  actorKind!: ActorKind;

  @Column({ name: 'actor_id', type: 'varchar', length: 60, nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40, nullable: true })
  unitCode!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: string[];

  @Column({ type: 'varchar', length: 100 })
  operation!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  target!: string | null;

  @Column({ type: 'varchar', length: 40 })
  outcome!: string;

  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64, insert: false })
  prevHash!: string;

  @Column({ type: 'char', length: 64, insert: false })
  hash!: string;
}
