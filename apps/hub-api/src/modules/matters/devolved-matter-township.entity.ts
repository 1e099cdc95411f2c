import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UnitEntity } from '../units/unit.entity';
import type { DevolvedMatterEntity } from './devolved-matter.entity';

/** A town or subdistrict that holds the penalty power for a devolved matter. */
@Entity({ name: 'devolved_matter_township' })
@Index('devolved_matter_township_township_idx', ['townshipCode'])
export class DevolvedMatterTownshipEntity {
  @PrimaryColumn({ name: 'matter_code', type: 'varchar', length: 40 })
  matterCode!: string;

  @PrimaryColumn({ name: 'township_code', type: 'varchar', length: 40 })
  townshipCode!: string;

  @ManyToOne('DevolvedMatterEntity', 'townships', { onUpdate: 'CASCADE', onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'matter_code', referencedColumnName: 'code', foreignKeyConstraintName: 'devolved_matter_township_matter_code_fkey' })
  matter?: DevolvedMatterEntity;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'township_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'devolved_matter_township_township_code_fkey',
  })
  township?: UnitEntity;
}
