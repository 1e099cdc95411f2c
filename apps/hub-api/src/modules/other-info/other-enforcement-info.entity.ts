import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, Check } from 'typeorm';
import { DevolvedMatterEntity } from '../matters/devolved-matter.entity';
import { SharedRecordEntity } from '../records/shared-record.entity';
import { UnitEntity } from '../units/unit.entity';
import { OtherInfoKindEntity } from './other-info-kind.entity';

/** Other enforcement information (§4(1)7): a declared kind and a payload valid for its schema. */
@Entity({ name: 'other_enforcement_info' })
@Unique('other_enforcement_info_source_key', ['publisherCode', 'sourceId'])
@Index('other_enforcement_info_kind_idx', ['kindCode', 'publishedAt'])
@Check('other_enforcement_info_version_check', `version > 0`)
export class OtherEnforcementInfoEntity extends SharedRecordEntity {
  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'publisher_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'other_enforcement_info_publisher_code_fkey',
  })
  publisher?: UnitEntity;

  @Column({ name: 'kind_code', type: 'varchar', length: 50 })
  kindCode!: string;

  @ManyToOne(() => OtherInfoKindEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'kind_code', referencedColumnName: 'code', foreignKeyConstraintName: 'other_enforcement_info_kind_code_fkey' })
  infoKind?: OtherInfoKindEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'township_code', type: 'varchar', length: 40, nullable: true })
  townshipCode!: string | null;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({
    name: 'township_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'other_enforcement_info_township_code_fkey',
  })
  township?: UnitEntity;

  @Column({ name: 'matter_code', type: 'varchar', length: 40, nullable: true })
  matterCode!: string | null;

  @ManyToOne(() => DevolvedMatterEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'matter_code', referencedColumnName: 'code', foreignKeyConstraintName: 'other_enforcement_info_matter_code_fkey' })
  matter?: DevolvedMatterEntity;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;
}
