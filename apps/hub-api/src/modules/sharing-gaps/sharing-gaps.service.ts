import { Injectable } from '@nestjs/common';
import { Connection, ExplainSharingGapInput, SharingGap, SharingGapKind, SharingGapsArgs } from '@hub/shared-schema';
import { RequestContext } from '../../common/context/request-context';
import { InputError } from '../../common/errors/domain-error';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { AuditService } from '../audit/audit.service';
import { WorkingCalendar } from '../calendar/working-calendar.service';
import { toSharingGap } from './sharing-gap.mapper';
import { SharingGapErrors } from './sharing-gaps.errors';
import { SharingGapQuery, SharingGapRow, SharingGapsRepository } from './sharing-gaps.repository';

const KINDS = Object.values(SharingGapKind) as SharingGapKind[];

/** A gap's id begins with its kind (sharing-gaps.sql.ts), so the explanation knows which kind to compute. */
function kindOf(gapId: string): SharingGapKind | null {
  return KINDS.find((kind) => gapId.startsWith(`${kind}:`)) ?? null;
}

/** The `date|id` keyset of the last gap shown (ids are not uuids, so not decodeKeysetCursor). */
function decodeAfter(after: string | null | undefined): SharingGapQuery['after'] {
  if (!after) return null;
  const text = decodeCursor(after, 'after');
  const split = text.indexOf('|');
  const date = text.slice(0, split);
  if (split < 0 || !/^\d{4}-\d{2}-\d{2}$/.test(date) || kindOf(text.slice(split + 1)) === null)
    throw new InputError('after', 'is not a cursor returned by this API');
  return { date, id: text.slice(split + 1) };
}

/**
 * 共享缺失 (§6(3)): failures to share that no one reported, for the supervisors — computed when read
 * over the current data (sharing-gaps.sql.ts says why), with the supervisors' explanations beside them.
 */
@Injectable()
export class SharingGapsService {
  constructor(
    private readonly gaps: SharingGapsRepository,
    private readonly calendar: WorkingCalendar,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, args: SharingGapsArgs): Promise<Connection<SharingGap>> {
    const rows = await this.find(ctx, {
      kind: args.kind ?? null,
      unitCode: args.unitCode ?? null,
      explained: args.explained ?? null,
      gapId: null,
      after: decodeAfter(args.after),
      limit: args.first + 1,
    });
    return toConnection(rows, args.first, (row) => `${row.date}|${row.id}`, toSharingGap);
  }

  /** Marks an open gap as explained, with the supervisor's note, audited; an explanation is written once. */
  async explain(ctx: RequestContext, input: ExplainSharingGapInput): Promise<SharingGap> {
    const actor = ctx.authenticatedActor;
    const kind = kindOf(input.gapId);
    if (!kind) throw SharingGapErrors.unknown(input.gapId);
    const [gap] = await this.find(ctx, { kind, unitCode: null, explained: null, gapId: input.gapId, after: null, limit: 1 });
    if (!gap) throw SharingGapErrors.unknown(input.gapId);
    if (gap.note !== null) throw SharingGapErrors.alreadyExplained(gap.id, gap.explained_by ?? '');
    const explainedAt = ctx.now();
    const note = input.note.trim();
    const row = {
      gapId: gap.id,
      kind,
      unitCode: gap.unit_code,
      note,
      explainedBy: actor.name,
      explainedByUnitCode: actor.unitCode,
      explainedAt,
    };
    if (!(await this.gaps.insertExplanation(row))) {
      const other = await this.gaps.findExplanation(gap.id);
      throw SharingGapErrors.alreadyExplained(gap.id, other?.explainedBy ?? '');
    }
    await this.audit.record(ctx, {
      operation: 'sharingGap.explained',
      target: gap.id,
      outcome: 'OK',
      details: { kind, unitCode: gap.unit_code, date: gap.date, note },
    });
    return toSharingGap({ ...gap, note, explained_by: actor.name, explained_at: explainedAt });
  }

  /**
   * Gaps count working days from today: today's year must be held by the calendar, or the count is
   * refused (CALENDAR_YEAR_MISSING) rather than guessed. Older days of years not held are skipped (sql).
   */
  private async find(ctx: RequestContext, q: Omit<SharingGapQuery, 'now' | 'today'>): Promise<SharingGapRow[]> {
    const today = ctx.today();
    await this.calendar.isWorkingDay(today);
    return this.gaps.find({ ...q, now: ctx.now(), today });
  }
}
