import { Column, PrimaryColumn } from 'typeorm';

/**
 * What every shared record has (§4(1)): the publisher and its own record id (the idempotency key), a
 * version and the hash of its content, and revocation instead of deletion. Category tables extend it
 * and declare the publisher relation themselves (its foreign key is named after their table).
 */
export abstract class SharedRecordEntity {
  /** Assigned by the hub when first published, so a batch knows its ids without a round trip. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'publisher_code', type: 'varchar', length: 40 })
  publisherCode!: string;

  @Column({ name: 'source_id', type: 'varchar', length: 100 })
  sourceId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 500, nullable: true })
  revokeReason!: string | null;

  /** Set once, when the record is first published (the publisher's clock); a revision's upsert leaves it. */
  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()', update: false })
  publishedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
