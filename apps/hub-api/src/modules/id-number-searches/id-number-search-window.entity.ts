import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One caller's current hour of searches by resident ID number (see IdNumberSearchGuard). */
@Entity({ name: 'id_number_search_window' })
export class IdNumberSearchWindowEntity {
  @PrimaryColumn({ name: 'actor_kind', type: 'varchar', length: 20 })
  actorKind!: string;

  @PrimaryColumn({ name: 'actor_id', type: 'varchar', length: 60 })
  actorId!: string;

  /** Set from the database's clock, so every hub process counts the same window. */
  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  /** Searches tried in the window, the refused ones included. */
  @Column({ type: 'integer' })
  searches!: number;

  /** When the supervisors were told the quota ran out in this window; NULL until then. */
  @Column({ name: 'alerted_at', type: 'timestamptz', nullable: true })
  alertedAt!: Date | null;
}
