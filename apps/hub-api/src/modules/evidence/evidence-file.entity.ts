import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { UnitEntity } from '../units/unit.entity';

export type EvidenceStatusValue = 'PENDING' | 'CONFIRMED' | 'DELETED';

/** One evidence file: its proof (size, SHA-256) here, its bytes in the object store under `objectKey`. */
@Entity({ name: 'evidence_file' })
@Unique('evidence_file_object_key_key', ['objectKey'])
@Check('evidence_file_size_check', 'size > 0')
@Check('evidence_file_status_check', `status IN ('PENDING','CONFIRMED','DELETED')`)
@Index('evidence_file_owner_idx', ['ownerCategory', 'ownerId', 'createdAt'])
@Index('evidence_file_pending_idx', { synchronize: false })
@Index('evidence_file_late_upload_idx', { synchronize: false })
export class EvidenceFileEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'owner_category', type: 'varchar', length: 30 })
  ownerCategory!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'uploader_unit_code', type: 'varchar', length: 40 })
  uploaderUnitCode!: string;

  @ManyToOne(() => UnitEntity, { onUpdate: 'CASCADE' })
  @JoinColumn({
    name: 'uploader_unit_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'evidence_file_uploader_unit_code_fkey',
  })
  uploaderUnit?: UnitEntity;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 100 })
  uploadedBy!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 150 })
  contentType!: string;

  @Column({ type: 'bigint' })
  size!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'object_key', type: 'varchar', length: 300 })
  objectKey!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: EvidenceStatusValue;

  /** The file this one corrects: the old one stays, immutable. */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => EvidenceFileEntity)
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'evidence_file_supersedes_id_fkey' })
  supersedes?: EvidenceFileEntity;

  @Column({ name: 'upload_expires_at', type: 'timestamptz' })
  uploadExpiresAt!: Date;

  /** The pending key was removed once more after the upload URL expired (a late PUT may have written it again). */
  @Column({ name: 'upload_swept', type: 'boolean', default: false })
  uploadSwept!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
