import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeadlineEntity } from './deadline.entity';

/** What moved a deadline (an announced extension, a corrected calendar day), from what to what, why and who; append-only. */
@Entity({ name: 'deadline_change' })
@Check('deadline_change_cause_check', `cause IN ('EXTENSION','CALENDAR')`)
@Index('deadline_change_deadline_idx', ['deadlineId', 'id'])
export class DeadlineChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'deadline_id', type: 'uuid' })
  deadlineId!: string;

  @ManyToOne(() => DeadlineEntity)
  @JoinColumn({ name: 'deadline_id', foreignKeyConstraintName: 'deadline_change_deadline_id_fkey' })
  deadline?: DeadlineEntity;

  @Column({ type: 'varchar', length: 20 })
  cause!: 'EXTENSION' | 'CALENDAR';

  @Column({ name: 'from_rule', type: 'jsonb' })
  fromRule!: Record<string, number>;

  @Column({ name: 'to_rule', type: 'jsonb' })
  toRule!: Record<string, number>;

  @Column({ name: 'from_due_at', type: 'timestamptz' })
  fromDueAt!: Date;

  @Column({ name: 'to_due_at', type: 'timestamptz' })
  toDueAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40, nullable: true })
  unitCode!: string | null;

  /** Who moved it: the caller's name, or the hub's own work (`calendar`). */
  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
