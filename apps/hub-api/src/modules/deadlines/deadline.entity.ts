import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One deadline of a workflow's item (#15 §5): its rule, the times computed from it, and what the sweep
 * wrote. Open while `closed_at` is null; the partial indexes of migration Deadlines hold the open rows
 * each sweep may still mark.
 */
@Entity({ name: 'deadline' })
@Check('deadline_rule_check', `(rule_working_days IS NULL) <> (rule_hours IS NULL) AND coalesce(rule_working_days, rule_hours) > 0`)
@Check('deadline_outcome_check', `outcome IN ('MET','CANCELLED') AND closed_at IS NOT NULL OR outcome IS NULL AND closed_at IS NULL`)
@Check('deadline_unit_codes_check', `cardinality(unit_codes) > 0`)
@Index('deadline_open_item_key', { synchronize: false })
@Index('deadline_item_idx', ['itemType', 'itemId'])
@Index('deadline_overdue_sweep_idx', { synchronize: false })
@Index('deadline_reminder_sweep_idx', { synchronize: false })
// Supervision (migration Supervision): the period range of the on-time rates, and the open list in due order.
@Index('deadline_due_idx', { synchronize: false })
@Index('deadline_open_due_idx', { synchronize: false })
export class DeadlineEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'item_type', type: 'varchar', length: 40 })
  itemType!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 40 })
  clause!: string;

  @Column({ name: 'started_at', type: 'timestamptz', update: false })
  startedAt!: Date;

  @Column({ name: 'rule_working_days', type: 'integer', nullable: true })
  ruleWorkingDays!: number | null;

  @Column({ name: 'rule_hours', type: 'integer', nullable: true })
  ruleHours!: number | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'remind_at', type: 'timestamptz', nullable: true })
  remindAt!: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true })
  overdueAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  outcome!: 'MET' | 'CANCELLED' | null;

  /**
   * 责任单位 the unit whose act the deadline waits for (the sender for sending, the receiver for an
   * answer or a result …): supervision holds it accountable when the deadline passes (§6(3)).
   */
  @Column({ name: 'owner_unit_code', type: 'varchar', length: 40 })
  ownerUnitCode!: string;

  /** The units its reminder, overdue and moved events reach; the first is named as their source. */
  @Column({ name: 'unit_codes', type: 'text', array: true })
  unitCodes!: string[];

  /** The §4(1) category its events carry (subscriptions filter on it). */
  @Column({ type: 'varchar', length: 30 })
  category!: string;

  @Column({ name: 'created_at', type: 'timestamptz', update: false })
  createdAt!: Date;
}
