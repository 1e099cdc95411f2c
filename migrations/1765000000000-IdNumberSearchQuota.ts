import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * §5(1), personal information stays confidential: searches by resident ID number are counted per caller,
 * so a masked number cannot be recovered by enumerating candidates through the exact-match filters. One
 * row per caller: the start of its current one-hour window (the database's clock, the same for every hub
 * process), the searches made in it, and when the supervisors were alerted that it ran out (once per
 * window).
 */
export class IdNumberSearchQuota1765000000000 implements MigrationInterface {
  name = 'IdNumberSearchQuota1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE id_number_search_window (
        actor_kind varchar(20) NOT NULL,
        actor_id varchar(60) NOT NULL,
        window_start timestamptz NOT NULL,
        searches integer NOT NULL,
        alerted_at timestamptz,
        PRIMARY KEY (actor_kind, actor_id)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE id_number_search_window`);
  }
}
