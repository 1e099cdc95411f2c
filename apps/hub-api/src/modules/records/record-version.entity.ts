import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a version records: a first publication, a revision, a withdrawal (撤回) or a reinstatement (恢复). */
export type RecordChange = 'PUBLISHED' | 'REVISED' | 'REVOKED' | 'REINSTATED';

@Entity({ name: 'record_version' })
// A unit's push days per category (sharing-gaps PUBLISHER_SILENT): migration SharingGaps.
@Index('record_version_unit_push_idx', { synchronize: false })
@Check('record_version_change_check', `change IN ('PUBLISHED','REVISED','REVOKED','REINSTATED')`)
export class RecordVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  category!: string;

  @PrimaryColumn({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  change!: RecordChange;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ name: 'actor_unit_code', type: 'varchar', length: 40 })
  actorUnitCode!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
