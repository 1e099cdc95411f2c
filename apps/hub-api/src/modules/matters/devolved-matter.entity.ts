import { Check, Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { RegulationClass } from '@hub/shared-schema';
import { UnitEntity } from '../units/unit.entity';
import { DevolvedMatterTownshipEntity } from './devolved-matter-township.entity';

/** An entry of the devolved matter catalog (赋权事项清单, §3(1)). */
@Entity({ name: 'devolved_matter' })
@Check('devolved_matter_regulation_class_check', `regulation_class IN ('LICENSED_VIOLATION','UNLICENSED','PROHIBITED','OTHER')`)
@Check('devolved_matter_check', `effective_to IS NULL OR effective_to >= effective_from`)
export class DevolvedMatterEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Column({ name: 'regulation_class', type: 'varchar', length: 30 })
  regulationClass!: RegulationClass;

  @Column({ name: 'source_department_code', type: 'varchar', length: 40 })
  sourceDepartmentCode!: string;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'source_department_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'devolved_matter_source_department_code_fkey',
  })
  sourceDepartment?: UnitEntity;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo!: string | null;

  /** Set once, by the Clock, when the entry is first declared; a re-declaration's upsert leaves it. */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', update: false })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @OneToMany(() => DevolvedMatterTownshipEntity, (t) => t.matter)
  townships?: DevolvedMatterTownshipEntity[];
}
