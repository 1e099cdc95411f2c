import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { NormativeKind } from '@hub/shared-schema';
import { SharedRecordEntity } from '../records/shared-record.entity';
import { UnitEntity } from '../units/unit.entity';

/** A law, rule, standard, discretion benchmark or workflow for devolved matters (§4(1)1). */
@Entity({ name: 'normative_document' })
@Unique('normative_document_source_key', ['publisherCode', 'sourceId'])
@Index('normative_document_matters_idx', { synchronize: false })
@Index('normative_document_order_idx', { synchronize: false })
@Check(
  'normative_document_kind_check',
  `kind IN ('LAW','REGULATION','RULE','TECHNICAL_SPECIFICATION','INDUSTRY_STANDARD','DISCRETION_BENCHMARK','WORKFLOW')`,
)
@Check('normative_document_check', `repealed_on IS NULL OR repealed_on >= effective_from`)
@Check('normative_document_version_check', `version > 0`)
export class NormativeDocumentEntity extends SharedRecordEntity {
  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'publisher_code', referencedColumnName: 'code', foreignKeyConstraintName: 'normative_document_publisher_code_fkey' })
  publisher?: UnitEntity;

  @Column({ type: 'varchar', length: 30 })
  kind!: NormativeKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true })
  documentNumber!: string | null;

  @Column({ name: 'issuing_body', type: 'varchar', length: 200 })
  issuingBody!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'repealed_on', type: 'date', nullable: true })
  repealedOn!: string | null;

  @Column({ name: 'matter_codes', type: 'text', array: true, default: () => "'{}'" })
  matterCodes!: string[];

  @Column({ name: 'attachment_ref', type: 'varchar', length: 200, nullable: true })
  attachmentRef!: string | null;
}
