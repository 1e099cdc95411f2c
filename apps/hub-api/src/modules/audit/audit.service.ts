import { Injectable } from '@nestjs/common';
import { ActorKind, AuditChainReport, AuditEntry, AuditLogArgs, Connection, storableJson, storableText } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { RequestContext } from '../../common/context/request-context';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { AuditErrors } from './audit.errors';
import { AuditRepository, ChainHead } from './audit.repository';
import { CheckpointClaim, CheckpointIssue, CheckpointMatcher, ChainWalker } from './audit-chain';
import { auditEntryHash } from './audit-hash';
import { toAuditEntry } from './audit.mapper';

/** Who an audit row names: a caller, or the hub itself acting for a unit (e.g. a webhook delivery). */
export type AuditActor = Pick<Actor, 'id' | 'name' | 'unitCode' | 'roles'> & { kind: ActorKind };

export interface AuditEvent {
  /** Who the row names when it is not the context's actor: the hub acting for a unit (a webhook delivery, a scheduled report). */
  actor?: AuditActor | null;
  /** Shown as the actor when there is none yet, e.g. the user name of a failed log-in. */
  claimedName?: string;
  operation: string;
  target: string | null;
  outcome: string;
  details?: Record<string, unknown> | null;
}

const VERIFY_SLICE = 5000;

/** The first `max` UTF-16 units, without cutting a surrogate pair in two (which would leave a lone half). */
function sliceChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, cut);
}

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /**
   * Appends a row; inside an open transaction it commits or rolls back with it. The caller's own text
   * (claimed name, target, details) is made storable first: a call refused for a NUL or a lone
   * surrogate is audited like any other refusal instead of failing on the same character.
   */
  async record(ctx: RequestContext, event: AuditEvent): Promise<void> {
    const actor = event.actor === undefined ? ctx.actor : event.actor;
    await this.audit.append({
      actorKind: actor?.kind ?? ActorKind.ANONYMOUS,
      actorId: actor?.id ?? null,
      actorName: storableText(sliceChars(actor?.name ?? event.claimedName ?? 'anonymous', 100)),
      unitCode: actor?.unitCode ?? null,
      roles: actor?.roles ?? [],
      operation: event.operation,
      target: event.target === null ? null : storableText(sliceChars(event.target, 300)),
      outcome: event.outcome,
      requestId: ctx.requestId,
      details: event.details ? (storableJson(event.details) as Record<string, unknown>) : null,
    });
  }

  async list(args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const afterId = args.after ? decodeCursor(args.after, 'after') : null;
    if (afterId !== null && !/^\d{1,19}$/.test(afterId)) throw AuditErrors.badCursor();
    const rows = await this.audit.page(args, afterId, args.first + 1);
    return toConnection(rows, args.first, (row) => row.id, toAuditEntry);
  }

  /** The chain's newest row and the count up to it, for a checkpoint; null while the trail is empty. */
  head(): Promise<ChainHead | null> {
    return this.audit.head();
  }

  /**
   * Recomputes every row's hash in Node (never through a database function, which the database's
   * owner could replace) and every link, in slices so a long trail never sits in memory at once, and
   * holds the chain against the signed checkpoints given (those whose signature failed come as issues).
   */
  async verifyChain(
    checkpoints: { claims: CheckpointClaim[]; unsigned: CheckpointIssue[] } = { claims: [], unsigned: [] },
  ): Promise<AuditChainReport> {
    const walker = new ChainWalker();
    const matcher = new CheckpointMatcher(checkpoints.claims);
    let after = '0';
    for (;;) {
      const rows = await this.audit.chainSlice(after, VERIFY_SLICE);
      walker.accept(rows.map((row) => ({ id: row.id, prevHash: row.prevHash, hash: row.hash, expectedHash: auditEntryHash(row) })));
      for (const row of rows) matcher.see(row.id, row.hash);
      if (rows.length < VERIFY_SLICE) break;
      after = rows[rows.length - 1].id;
    }
    const chain = walker.verdict();
    const issues = [...checkpoints.unsigned, ...matcher.finish()];
    const [first] = issues;
    const latest = checkpoints.claims.reduce<Date | null>((at, claim) => (at && at >= claim.recordedAt ? at : claim.recordedAt), null);
    return {
      ...chain,
      intact: chain.intact && !first,
      reason: chain.reason ?? (first ? `checkpoint ${first.key} disagrees (${first.problem}): ${first.detail}` : null),
      checkpointsChecked: checkpoints.claims.length + checkpoints.unsigned.length,
      checkpointsDisagreeing: issues.length,
      firstBadCheckpoint: first ?? null,
      latestCheckpointAt: latest,
    };
  }
}
