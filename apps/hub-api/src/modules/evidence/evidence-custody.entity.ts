import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvidenceFileEntity } from './evidence-file.entity';

/** One link of a file's chain of custody (保管链); append-only, enforced by a trigger. */
@Entity({ name: 'evidence_custody' })
@Index('evidence_custody_evidence_idx', ['evidenceId', 'id'])
export class EvidenceCustodyEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId!: string;

  @ManyToOne(() => EvidenceFileEntity)
  @JoinColumn({ name: 'evidence_id', foreignKeyConstraintName: 'evidence_custody_evidence_id_fkey' })
  evidence?: EvidenceFileEntity;

  @Column({ type: 'varchar', length: 30 })
  action!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40, nullable: true })
  unitCode!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
