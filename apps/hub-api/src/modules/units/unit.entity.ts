import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UnitKind } from '@hub/shared-schema';

/** Indexes, checks and keys are declared as the migrations name them, so `migration:generate` drafts only real changes. */
@Entity({ name: 'unit' })
@Index('unit_kind_idx', ['kind'])
@Check(
  'unit_kind_check',
  `kind IN ('SUBDISTRICT','TOWN','DEPARTMENT','STATIONED_AGENCY','JUDICIAL_ORGAN','JOINT_MEETING_OFFICE','CITY_GOVERNMENT')`,
)
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: UnitKind;

  @Column({ name: 'parent_code', type: 'varchar', length: 40, nullable: true })
  parentCode!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'parent_code', referencedColumnName: 'code', foreignKeyConstraintName: 'unit_parent_code_fkey' })
  parent?: UnitEntity;

  @Column({ name: 'contact_name', type: 'varchar', length: 50, nullable: true })
  contactName!: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 30, nullable: true })
  contactPhone!: string | null;

  @Column({ name: 'contact_division', type: 'varchar', length: 100, nullable: true })
  contactDivision!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
