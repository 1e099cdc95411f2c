import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A declared kind of "other enforcement information" and the JSON Schema its payloads must meet. */
@Entity({ name: 'other_info_kind' })
export class OtherInfoKindEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'json_schema', type: 'jsonb' })
  jsonSchema!: Record<string, unknown>;

  /** Set once, by the Clock, when the entry is first declared; a re-declaration's upsert leaves it. */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', update: false })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
