import { Injectable } from '@nestjs/common';
import { ActionItemState, JointMeetingKind, JointMeetingLevel, JointMeetingState } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { ACTION_ITEM_COLUMNS } from './joint-meetings.sql';

export interface JointMeetingBodyRow {
  id: string;
  code: string;
  level: JointMeetingLevel;
  name: string;
  officeUnitCode: string;
  routineIntervalMonths: number;
  memberUnitCodes: string[];
  lastRoutineMeetingOn: string | null;
}

export interface JointMeetingRow {
  id: string;
  bodyId: string;
  bodyCode: string;
  officeUnitCode: string;
  kind: JointMeetingKind;
  state: JointMeetingState;
  title: string;
  meetingOn: string;
  topicsDueAt: Date | null;
  participantUnitCodes: string[];
  invitedUnitCodes: string[];
  agenda: string | null;
  minutes: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface JointMeetingTopicRow {
  id: string;
  meetingId: string;
  unitCode: string;
  title: string;
  details: string;
  submittedBy: string;
  submittedAt: Date;
  onAgenda: boolean;
}

export interface ActionItemRow {
  id: string;
  meetingId: string;
  state: ActionItemState;
  assignedUnitCode: string;
  officeUnitCode: string;
  title: string;
  details: string;
  dueOn: string;
  report: string | null;
  createdAt: Date;
  updatedAt: Date;
  nextDueAt: Date | null;
  overdue: boolean;
}

const BODY_COLUMNS = `b.id, b.code, b.level, b.name, b.office_unit_code AS "officeUnitCode", b.routine_interval_months AS "routineIntervalMonths",
  COALESCE((SELECT array_agg(m.unit_code ORDER BY m.unit_code) FROM joint_meeting_member m WHERE m.body_id = b.id), '{}') AS "memberUnitCodes",
  (SELECT to_char(max(j.meeting_on), 'YYYY-MM-DD') FROM joint_meeting j
    WHERE j.body_id = b.id AND j.kind = 'ROUTINE' AND j.state <> 'CANCELLED') AS "lastRoutineMeetingOn"`;

const MEETING_COLUMNS = `j.id, j.body_id AS "bodyId", b.code AS "bodyCode", b.office_unit_code AS "officeUnitCode", j.kind, j.state, j.title,
  to_char(j.meeting_on, 'YYYY-MM-DD') AS "meetingOn", j.topics_due_at AS "topicsDueAt", j.participant_unit_codes AS "participantUnitCodes",
  j.invited_unit_codes AS "invitedUnitCodes", j.agenda, j.minutes, j.created_by AS "createdBy", j.created_at AS "createdAt",
  j.updated_at AS "updatedAt"`;

const TOPIC_COLUMNS = `id, meeting_id AS "meetingId", unit_code AS "unitCode", title, details, submitted_by AS "submittedBy",
  submitted_at AS "submittedAt", on_agenda AS "onAgenda"`;

/** The city's body: its stable code. */
export const CITY_BODY_CODE = 'city';

@Injectable()
export class JointMeetingsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * The city's joint meeting with its member units as §4(4) lists them, seeded once after the reference
   * units: when the body exists, its members are the admins' to change and are left as they are.
   */
  async seedCityBody(name: string, officeUnitCode: string, memberUnitCodes: string[], at: Date): Promise<boolean> {
    const [body] = await this.tx.manager.query<Array<{ id: string }>>(
      `INSERT INTO joint_meeting_body (id, code, level, name, office_unit_code, created_at, updated_at)
       VALUES (gen_random_uuid(), $1, 'CITY', $2, $3, $4::timestamptz, $4::timestamptz) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [CITY_BODY_CODE, name, officeUnitCode, at],
    );
    if (!body) return false;
    await this.addMembers(body.id, memberUnitCodes, at);
    return true;
  }

  async insertBody(
    row: { id: string; code: string; level: JointMeetingLevel; name: string; officeUnitCode: string },
    at: Date,
  ): Promise<boolean> {
    const rows = await this.tx.manager.query<unknown[]>(
      `INSERT INTO joint_meeting_body (id, code, level, name, office_unit_code, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $6::timestamptz) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [row.id, row.code, row.level, row.name, row.officeUnitCode, at],
    );
    return rows.length === 1;
  }

  async addMembers(bodyId: string, unitCodes: string[], at: Date): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO joint_meeting_member (body_id, unit_code, added_at) SELECT $1, u, $3::timestamptz FROM unnest($2::text[]) AS u
       ON CONFLICT DO NOTHING`,
      [bodyId, unitCodes, at],
    );
  }

  async removeMembers(bodyId: string, unitCodes: string[]): Promise<void> {
    await this.tx.manager.query(`DELETE FROM joint_meeting_member WHERE body_id = $1 AND unit_code = ANY($2::text[])`, [bodyId, unitCodes]);
  }

  async setRoutineInterval(bodyId: string, months: number, at: Date): Promise<void> {
    await this.tx.manager.query(`UPDATE joint_meeting_body SET routine_interval_months = $2, updated_at = $3::timestamptz WHERE id = $1`, [
      bodyId,
      months,
      at,
    ]);
  }

  async body(id: string): Promise<JointMeetingBodyRow | null> {
    const [row] = await this.tx.manager.query<JointMeetingBodyRow[]>(`SELECT ${BODY_COLUMNS} FROM joint_meeting_body b WHERE b.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  /** The bodies unit $1 convenes or sits on; null: every body (supervisors, admins). */
  bodies(unitCode: string | null): Promise<JointMeetingBodyRow[]> {
    return this.tx.manager.query(
      `SELECT ${BODY_COLUMNS} FROM joint_meeting_body b
        WHERE $1::text IS NULL OR b.office_unit_code = $1 OR EXISTS (SELECT 1 FROM joint_meeting_member m WHERE m.body_id = b.id AND m.unit_code = $1)
        ORDER BY b.level, b.code`,
      [unitCode],
    );
  }

  /** The active units among the codes, with their kinds. */
  activeUnits(codes: string[]): Promise<Array<{ code: string; kind: string }>> {
    return this.tx.manager.query(`SELECT code, kind FROM unit WHERE code = ANY($1::text[]) AND active`, [codes]);
  }

  async insertMeeting(row: Omit<JointMeetingRow, 'bodyCode' | 'officeUnitCode' | 'updatedAt'>): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO joint_meeting (id, body_id, kind, state, title, meeting_on, topics_due_at, participant_unit_codes, invited_unit_codes,
         created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7::timestamptz, $8, $9, $10, $11::timestamptz, $11::timestamptz)`,
      [
        row.id,
        row.bodyId,
        row.kind,
        row.state,
        row.title,
        row.meetingOn,
        row.topicsDueAt,
        row.participantUnitCodes,
        row.invitedUnitCodes,
        row.createdBy,
        row.createdAt,
      ],
    );
  }

  async meeting(id: string): Promise<JointMeetingRow | null> {
    const [row] = await this.tx.manager.query<JointMeetingRow[]>(
      `SELECT ${MEETING_COLUMNS} FROM joint_meeting j JOIN joint_meeting_body b ON b.id = j.body_id WHERE j.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Newest first: of one body, or of the bodies unit $2 convenes, sits on or is invited to (null: all). */
  meetings(bodyId: string | null, unitCode: string | null, limit: number): Promise<JointMeetingRow[]> {
    return this.tx.manager.query(
      `SELECT ${MEETING_COLUMNS} FROM joint_meeting j JOIN joint_meeting_body b ON b.id = j.body_id
        WHERE ($1::uuid IS NULL OR j.body_id = $1)
          AND ($2::text IS NULL OR b.office_unit_code = $2 OR j.participant_unit_codes @> ARRAY[$2::text] OR j.invited_unit_codes @> ARRAY[$2::text])
        ORDER BY j.meeting_on DESC, j.created_at DESC, j.id LIMIT $3`,
      [bodyId, unitCode, limit],
    );
  }

  async setAgenda(id: string, agenda: string, topicIds: string[]): Promise<void> {
    await this.tx.manager.query(`UPDATE joint_meeting SET agenda = $2 WHERE id = $1`, [id, agenda]);
    await this.tx.manager.query(`UPDATE joint_meeting_topic SET on_agenda = (id = ANY($2::uuid[])) WHERE meeting_id = $1`, [id, topicIds]);
  }

  async setMinutes(id: string, minutes: string): Promise<void> {
    await this.tx.manager.query(`UPDATE joint_meeting SET minutes = $2 WHERE id = $1`, [id, minutes]);
  }

  async insertTopic(row: JointMeetingTopicRow): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO joint_meeting_topic (id, meeting_id, unit_code, title, details, submitted_by, submitted_at, on_agenda)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, false)`,
      [row.id, row.meetingId, row.unitCode, row.title, row.details, row.submittedBy, row.submittedAt],
    );
  }

  topics(meetingId: string): Promise<JointMeetingTopicRow[]> {
    return this.tx.manager.query(`SELECT ${TOPIC_COLUMNS} FROM joint_meeting_topic WHERE meeting_id = $1 ORDER BY submitted_at, id`, [
      meetingId,
    ]);
  }

  async insertActionItem(row: Omit<ActionItemRow, 'nextDueAt' | 'overdue' | 'updatedAt' | 'report'>, position: number): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO action_item (id, meeting_id, position, state, assigned_unit_code, office_unit_code, title, details, due_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10::timestamptz, $10::timestamptz)`,
      [
        row.id,
        row.meetingId,
        position,
        row.state,
        row.assignedUnitCode,
        row.officeUnitCode,
        row.title,
        row.details,
        row.dueOn,
        row.createdAt,
      ],
    );
  }

  async actionItem(id: string): Promise<ActionItemRow | null> {
    const [row] = await this.tx.manager.query<ActionItemRow[]>(`SELECT ${ACTION_ITEM_COLUMNS} FROM action_item i WHERE i.id = $1`, [id]);
    return row ?? null;
  }

  actionItemsOf(meetingId: string): Promise<ActionItemRow[]> {
    return this.tx.manager.query(`SELECT ${ACTION_ITEM_COLUMNS} FROM action_item i WHERE i.meeting_id = $1 ORDER BY i.position`, [
      meetingId,
    ]);
  }

  async setReport(id: string, report: string): Promise<void> {
    await this.tx.manager.query(`UPDATE action_item SET report = $2 WHERE id = $1`, [id, report]);
  }

  async setDueOn(id: string, dueOn: string): Promise<void> {
    await this.tx.manager.query(`UPDATE action_item SET due_on = $2::date WHERE id = $1`, [id, dueOn]);
  }
}
