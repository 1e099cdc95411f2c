import { Injectable } from '@nestjs/common';
import { RecordCategory, SharingGapKind } from '@hub/shared-schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { SharingGapExplanationEntity } from './sharing-gap-explanation.entity';
import { NORMATIVE_ACKNOWLEDGE_WORKING_DAYS, SILENCE_RULE } from './sharing-gap-rules';
import { SHARING_GAPS } from './sharing-gaps.sql';

/** One row of SHARING_GAPS: the gap, its evidence and its explanation if any. */
export interface SharingGapRow {
  kind: SharingGapKind;
  id: string;
  unit_code: string;
  unit_name: string | null;
  date: string;
  category: string | null;
  last_push_date: string | null;
  push_days: number | null;
  usual_interval: number | null;
  threshold: number | null;
  silence: number | null;
  penalty_id: string | null;
  decision_number: string | null;
  licence_number: string | null;
  transfer_id: string | null;
  complaint_id: string | null;
  deadline_id: string | null;
  due_at: Date | null;
  state: string | null;
  document_id: string | null;
  event_id: string | null;
  event_position: string | null;
  subscriptions: string[] | null;
  note: string | null;
  explained_by: string | null;
  explained_at: Date | null;
}

export interface SharingGapQuery {
  now: Date;
  today: string;
  kind: SharingGapKind | null;
  unitCode: string | null;
  explained: boolean | null;
  gapId: string | null;
  after: { date: string; id: string } | null;
  limit: number;
}

@Injectable()
export class SharingGapsRepository {
  constructor(private readonly tx: TransactionRunner) {}

  find(q: SharingGapQuery): Promise<SharingGapRow[]> {
    const r = SILENCE_RULE;
    return this.tx.manager.query(SHARING_GAPS, [
      q.now,
      q.today,
      r.historyPushDays,
      r.minimumGaps,
      r.percentile,
      r.multiple,
      r.floorWorkingDays,
      NORMATIVE_ACKNOWLEDGE_WORKING_DAYS,
      q.kind,
      q.unitCode,
      q.explained,
      q.gapId,
      q.after?.date ?? null,
      q.after?.id ?? null,
      q.limit,
      Object.values(RecordCategory),
    ]);
  }

  findExplanation(gapId: string): Promise<SharingGapExplanationEntity | null> {
    return this.tx.manager.getRepository(SharingGapExplanationEntity).findOneBy({ gapId });
  }

  /** Inserts the explanation; false when one was there already (a concurrent explanation won). */
  async insertExplanation(row: SharingGapExplanationEntity): Promise<boolean> {
    const inserted: unknown[] = await this.tx.manager.query(
      `INSERT INTO sharing_gap_explanation (gap_id, kind, unit_code, note, explained_by, explained_by_unit_code, explained_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz) ON CONFLICT (gap_id) DO NOTHING RETURNING gap_id`,
      [row.gapId, row.kind, row.unitCode, row.note, row.explainedBy, row.explainedByUnitCode, row.explainedAt],
    );
    return inserted.length === 1;
  }
}
