import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 责任单位: each deadline names the unit whose act it waits for, so that supervision (§6(3)) holds that unit
 * — and not the other side told of the deadline — accountable when it passes. Deadlines already started
 * get theirs from their item: sending is the sender's, an answer or a result the receiver's (for an
 * escalated transfer the unit the city government named, which is its receiver now), a complaint's periods
 * its first receiver's (§4(2)), an assistance request's answer the requested unit's.
 */
export class DeadlineOwner1765690000000 implements MigrationInterface {
  name = 'DeadlineOwner1765690000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadline ADD COLUMN owner_unit_code varchar(40)`);
    await q.query(`UPDATE deadline d SET owner_unit_code = CASE WHEN d.kind = 'SEND' THEN t.sender_unit_code ELSE t.receiver_unit_code END
      FROM case_transfer t WHERE d.item_type = 'transfer' AND t.id = d.item_id`);
    await q.query(`UPDATE deadline d SET owner_unit_code = c.publisher_code
      FROM complaint_record c WHERE d.item_type = 'complaint' AND c.id = d.item_id`);
    await q.query(`UPDATE deadline d SET owner_unit_code = a.requested_unit_code
      FROM assistance_request a WHERE d.item_type = 'assistance' AND a.id = d.item_id`);
    // No other workflow starts deadlines yet; should one have, its first unit stands in rather than nothing.
    await q.query(`UPDATE deadline SET owner_unit_code = unit_codes[1] WHERE owner_unit_code IS NULL`);
    await q.query(`ALTER TABLE deadline ALTER COLUMN owner_unit_code SET NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadline DROP COLUMN owner_unit_code`);
  }
}
