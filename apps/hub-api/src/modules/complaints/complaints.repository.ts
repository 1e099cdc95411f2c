import { Injectable } from '@nestjs/common';
import { ComplaintChannel, ComplaintDeadlinePeriod, ComplaintRecordsArgs } from '@hub/shared-schema';
import { beyond, dir } from '../../common/pagination/keyset-order';
import { containsPattern } from '../../database/like-pattern';
import { TransactionRunner } from '../../database/transaction-runner';
import { CLOSED_STATUSES } from './complaints.category';
import { ComplaintRecordEntity } from './complaint-record.entity';

const COMPLAINT_ITEM_TYPE = 'complaint';
const OVERDUE_DEADLINE = `SELECT 1 FROM deadline d WHERE d.item_type = :itemType AND d.item_id = c.id AND d.overdue_at IS NOT NULL`;
const PERIOD_COLUMNS = `channel, initial_check_working_days AS "initialCheckWorkingDays", answer_working_days AS "answerWorkingDays"`;

/** The party a repeat report is about: by USCC when the first receiver recorded one, else by name. */
export interface ComplaintParty {
  uscc: string | null;
  name: string | null;
}

@Injectable()
export class ComplaintsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  page(filter: Partial<ComplaintRecordsArgs>, after: { at: string; id: string } | null, limit: number) {
    const q = this.tx.manager
      .getRepository(ComplaintRecordEntity)
      .createQueryBuilder('c')
      .orderBy('c.received_at', dir(filter))
      .addOrderBy('c.id', dir(filter))
      .limit(limit);
    if (!filter.includeRevoked) q.andWhere('c.revoked_at IS NULL');
    if (filter.subjectUscc) q.andWhere('c.subject_uscc = :subjectUscc', { subjectUscc: filter.subjectUscc });
    if (filter.subjectNameContains)
      q.andWhere(`c.subject_name LIKE :name ESCAPE '\\'`, { name: containsPattern(filter.subjectNameContains) });
    if (filter.handlingUnitCode) q.andWhere('c.handling_unit_code = :handlingUnitCode', { handlingUnitCode: filter.handlingUnitCode });
    if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
    if (filter.townshipCode) q.andWhere('c.township_code = :townshipCode', { townshipCode: filter.townshipCode });
    if (filter.matterCode) q.andWhere('c.matter_code = :matterCode', { matterCode: filter.matterCode });
    // Days are Shanghai days: a complaint received at 23:30 local time belongs to that date.
    if (filter.receivedFrom)
      q.andWhere(`c.received_at >= (:receivedFrom::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { receivedFrom: filter.receivedFrom });
    if (filter.receivedTo)
      q.andWhere(`c.received_at < ((:receivedTo::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`, { receivedTo: filter.receivedTo });
    if (filter.openOnly) q.andWhere('c.status NOT IN (:...closed)', { closed: CLOSED_STATUSES });
    // Overdue: a deadline of it was marked, whether still open or met late (the mark stays, §4(2)).
    if (typeof filter.overdue === 'boolean')
      q.andWhere(`${filter.overdue ? '' : 'NOT '}EXISTS (${OVERDUE_DEADLINE})`, { itemType: COMPLAINT_ITEM_TYPE });
    if (after) q.andWhere(`(c.received_at, c.id) ${beyond(filter)} (:afterAt, :afterId)`, { afterAt: after.at, afterId: after.id });
    return q.getMany();
  }

  findById(id: string): Promise<ComplaintRecordEntity | null> {
    return this.tx.manager.getRepository(ComplaintRecordEntity).findOneBy({ id });
  }

  /** Of these complaints, those with a deadline marked overdue (open or met late). */
  async overdueOf(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `SELECT DISTINCT item_id AS id FROM deadline WHERE item_type = $1 AND item_id = ANY($2::uuid[]) AND overdue_at IS NOT NULL`,
      [COMPLAINT_ITEM_TYPE, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async periods(channel: ComplaintChannel): Promise<ComplaintDeadlinePeriod> {
    const [row] = await this.tx.manager.query(`SELECT ${PERIOD_COLUMNS} FROM complaint_deadline_period WHERE channel = $1`, [channel]);
    return row;
  }

  allPeriods(): Promise<ComplaintDeadlinePeriod[]> {
    return this.tx.manager.query(`SELECT ${PERIOD_COLUMNS} FROM complaint_deadline_period ORDER BY channel`);
  }

  async setPeriods(period: ComplaintDeadlinePeriod, by: string, at: Date): Promise<ComplaintDeadlinePeriod> {
    const [[row]] = await this.tx.manager.query(
      `UPDATE complaint_deadline_period SET initial_check_working_days = $2, answer_working_days = $3, updated_by = $4, updated_at = $5::timestamptz
        WHERE channel = $1 RETURNING ${PERIOD_COLUMNS}`,
      [period.channel, period.initialCheckWorkingDays, period.answerWorkingDays, by, at],
    );
    return row;
  }

  /**
   * §4(2) repeats: the first report (itself no repeat) of the same matter about the same party received
   * within `windowDays` before `receivedAt`, other than `id`; null when there is none.
   */
  async firstReport(id: string, matterCode: string, party: ComplaintParty, receivedAt: Date, windowDays: number): Promise<string | null> {
    const [row] = await this.tx.manager.query<Array<{ id: string }>>(
      `SELECT id FROM complaint_record
        WHERE matter_code = $1 AND ${party.uscc ? 'subject_uscc = $2' : 'subject_uscc IS NULL AND subject_name = $2'}
          AND duplicate_of IS NULL AND revoked_at IS NULL AND id <> $3
          AND received_at <= $4::timestamptz AND received_at >= $4::timestamptz - make_interval(days => $5)
        ORDER BY received_at, id LIMIT 1`,
      [matterCode, party.uscc ?? party.name, id, receivedAt, windowDays],
    );
    return row?.id ?? null;
  }

  async repeatsOf(id: string): Promise<string[]> {
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `SELECT id FROM complaint_record WHERE duplicate_of = $1 ORDER BY received_at, id`,
      [id],
    );
    return rows.map((r) => r.id);
  }
}
