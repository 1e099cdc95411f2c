import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 联席会议 (§4(4)): the joint meeting bodies (the city's, convened by its office at the justice bureau, and
 * each town's with its stationed agencies, §4(4)3②), their member units as data, their meetings with the
 * topics the members submit, and the action items of the minutes (§4(4)2②), whose CARRY_OUT deadlines live
 * in `deadline` like every other workflow's. The city's members are seeded after the reference units
 * (schema-owner: the units table is filled after the migrations), once; admins change them afterwards.
 */
export class JointMeetings1765720000000 implements MigrationInterface {
  name = 'JointMeetings1765720000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE joint_meeting_body (
        id uuid PRIMARY KEY,
        code varchar(40) NOT NULL UNIQUE,
        level varchar(10) NOT NULL CHECK (level IN ('CITY', 'TOWN')),
        name varchar(200) NOT NULL,
        office_unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        routine_interval_months integer NOT NULL DEFAULT 6 CHECK (routine_interval_months BETWEEN 1 AND 24),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE joint_meeting_member (
        body_id uuid NOT NULL REFERENCES joint_meeting_body (id) ON DELETE CASCADE,
        unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        added_at timestamptz NOT NULL,
        PRIMARY KEY (body_id, unit_code)
      )`);
    await q.query(`CREATE INDEX joint_meeting_member_unit_idx ON joint_meeting_member (unit_code)`);
    await q.query(`
      CREATE TABLE joint_meeting (
        id uuid PRIMARY KEY,
        body_id uuid NOT NULL REFERENCES joint_meeting_body (id),
        kind varchar(10) NOT NULL CHECK (kind IN ('ROUTINE', 'SPECIAL')),
        state varchar(20) NOT NULL CHECK (state IN ('COLLECTING', 'AGENDA_APPROVED', 'HELD', 'MINUTED', 'CANCELLED')),
        title varchar(200) NOT NULL,
        meeting_on date NOT NULL,
        topics_due_at timestamptz,
        participant_unit_codes text[] NOT NULL,
        invited_unit_codes text[] NOT NULL DEFAULT '{}',
        agenda text,
        minutes text,
        created_by varchar(100) NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (kind = 'SPECIAL' OR topics_due_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX joint_meeting_body_idx ON joint_meeting (body_id, meeting_on DESC)`);
    await q.query(`CREATE INDEX joint_meeting_participants_idx ON joint_meeting USING gin (participant_unit_codes)`);
    await q.query(`
      CREATE TABLE joint_meeting_topic (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES joint_meeting (id),
        unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        title varchar(200) NOT NULL,
        details text NOT NULL,
        submitted_by varchar(100) NOT NULL,
        submitted_at timestamptz NOT NULL,
        on_agenda boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX joint_meeting_topic_meeting_idx ON joint_meeting_topic (meeting_id, submitted_at)`);
    await q.query(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES joint_meeting (id),
        position integer NOT NULL,
        state varchar(20) NOT NULL CHECK (state IN ('ASSIGNED', 'REPORTED', 'CLOSED')),
        assigned_unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        office_unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        title varchar(200) NOT NULL,
        details text NOT NULL,
        due_on date NOT NULL,
        report text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (meeting_id, position)
      )`);
    // The inbox's two branches: the assigned unit's items to carry out, the office's reported ones to confirm.
    await q.query(`CREATE INDEX action_item_assigned_idx ON action_item (assigned_unit_code) WHERE state = 'ASSIGNED'`);
    await q.query(`CREATE INDEX action_item_reported_idx ON action_item (office_unit_code) WHERE state = 'REPORTED'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_item`);
    await q.query(`DROP TABLE joint_meeting_topic`);
    await q.query(`DROP TABLE joint_meeting`);
    await q.query(`DROP TABLE joint_meeting_member`);
    await q.query(`DROP TABLE joint_meeting_body`);
  }
}
