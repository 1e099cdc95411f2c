import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery of the change log to the units (§4(1): units share information as it changes).
 *
 * - `change_event_position` (BEFORE INSERT) takes a transaction-scoped advisory lock before it draws
 *   the event's position. A bigserial alone can commit out of order (tx A draws 10, tx B draws 11, B
 *   commits first): a reader at 11 would never see 10. Under the lock, a transaction only draws
 *   positions after every earlier drawer has committed or rolled back, so "everything up to the
 *   highest visible position" is a safe cursor. Mutations already serialise on the audit chain's
 *   lock, so this adds little contention.
 * - `privileged_units` and `personal_data` let delivery mask exactly as a query would: the event's
 *   `data` is masked; the full personal fields are kept apart and merged only for readers entitled
 *   to them (publisher, handling units, supervisors).
 * - `subscription`: what a unit wants (categories, event types, filters) and how (PULL or WEBHOOK),
 *   with one consumed `position` (acknowledged by pull, delivered or dead-lettered by webhook) and a
 *   lease so that with several hub processes one worker at a time delivers a subscription, in order.
 * - `webhook_attempt`: every HTTP attempt; `dead_letter`: events given up after the attempt limit.
 */
export class EventDelivery1764400000000 implements MigrationInterface {
  name = 'EventDelivery1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE change_event ADD COLUMN privileged_units text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE change_event ADD COLUMN personal_data jsonb`);
    await q.query(`
      CREATE FUNCTION change_event_position() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('change_event_position'));
        NEW.position := nextval('change_event_position_seq');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER change_event_position BEFORE INSERT ON change_event
      FOR EACH ROW EXECUTE FUNCTION change_event_position()`);

    await q.query(`
      CREATE TABLE subscription (
        id uuid PRIMARY KEY,
        unit_code varchar(40) NOT NULL CONSTRAINT subscription_unit_code_fkey REFERENCES unit(code) ON UPDATE CASCADE,
        name varchar(100) NOT NULL,
        categories text[] NOT NULL DEFAULT '{}',
        event_types text[] NOT NULL DEFAULT '{}',
        township_codes text[] NOT NULL DEFAULT '{}',
        matter_codes text[] NOT NULL DEFAULT '{}',
        publisher_codes text[] NOT NULL DEFAULT '{}',
        party_keys text[] NOT NULL DEFAULT '{}',
        delivery varchar(10) NOT NULL CONSTRAINT subscription_delivery_check CHECK (delivery IN ('PULL','WEBHOOK')),
        webhook_url varchar(500),
        secret_sealed text,
        previous_secret_sealed text,
        previous_secret_expires_at timestamptz,
        active boolean NOT NULL DEFAULT true,
        position bigint NOT NULL DEFAULT 0,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error varchar(500),
        lease_owner varchar(80),
        lease_until timestamptz,
        created_by varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT subscription_unit_name_key UNIQUE (unit_code, name),
        CONSTRAINT subscription_webhook_check CHECK (delivery <> 'WEBHOOK' OR (webhook_url IS NOT NULL AND secret_sealed IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX subscription_due_idx ON subscription (next_attempt_at) WHERE delivery = 'WEBHOOK' AND active`);

    await q.query(`
      CREATE TABLE webhook_attempt (
        id bigserial PRIMARY KEY,
        subscription_id uuid NOT NULL CONSTRAINT webhook_attempt_subscription_id_fkey REFERENCES subscription(id) ON DELETE CASCADE,
        event_position bigint NOT NULL,
        event_id uuid NOT NULL,
        attempt integer NOT NULL,
        succeeded boolean NOT NULL,
        status_code integer,
        error varchar(500),
        duration_ms integer NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_attempt_subscription_idx ON webhook_attempt (subscription_id, id)`);

    await q.query(`
      CREATE TABLE dead_letter (
        subscription_id uuid NOT NULL CONSTRAINT dead_letter_subscription_id_fkey REFERENCES subscription(id) ON DELETE CASCADE,
        event_position bigint NOT NULL,
        event_id uuid NOT NULL,
        attempts integer NOT NULL,
        last_error varchar(500),
        dead_at timestamptz NOT NULL DEFAULT now(),
        redeliver_requested_at timestamptz,
        PRIMARY KEY (subscription_id, event_position)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dead_letter`);
    await q.query(`DROP TABLE webhook_attempt`);
    await q.query(`DROP TABLE subscription`);
    await q.query(`DROP TRIGGER change_event_position ON change_event`);
    await q.query(`DROP FUNCTION change_event_position()`);
    await q.query(`ALTER TABLE change_event DROP COLUMN personal_data`);
    await q.query(`ALTER TABLE change_event DROP COLUMN privileged_units`);
  }
}
