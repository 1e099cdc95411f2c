import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { SharingGapKind } from '@hub/shared-schema';

/**
 * A supervisor's explanation of a sharing gap (情况说明, §6(3)). Gaps are computed when read
 * (sharing-gaps.sql.ts); the explanation is keyed by the gap's stable id, so it sticks to the gap.
 */
@Entity({ name: 'sharing_gap_explanation' })
@Check(
  'sharing_gap_explanation_kind_check',
  `kind IN ('PUBLISHER_SILENT','UNPUBLISHED_LICENCE','RESULT_NOT_REPORTED','NORMATIVE_UNACKNOWLEDGED')`,
)
@Check('sharing_gap_explanation_note_check', `length(btrim(note)) > 0`)
export class SharingGapExplanationEntity {
  @PrimaryColumn({ name: 'gap_id', type: 'varchar', length: 300 })
  gapId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: SharingGapKind;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'explained_by', type: 'varchar', length: 100 })
  explainedBy!: string;

  @Column({ name: 'explained_by_unit_code', type: 'varchar', length: 40, nullable: true })
  explainedByUnitCode!: string | null;

  @Column({ name: 'explained_at', type: 'timestamptz' })
  explainedAt!: Date;
}
