import { Injectable } from '@nestjs/common';
import { ActorKind, AuditEntry, AuditLogArgs, Connection, storableJson, storableText } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { InputError } from '../../common/errors/domain-error';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { AuditRepository } from './audit.repository';
import { ChainVerdict, ChainWalker } from './audit-chain';
import { toAuditEntry } from './audit.mapper';

/** Who an audit row names: a caller, or the hub itself acting for a unit (e.g. a webhook delivery). */
export type AuditActor = Pick<Actor, 'id' | 'name' | 'unitCode' | 'roles'> & { kind: ActorKind };

export interface AuditEvent {
  actor: AuditActor | null;
  /** Shown as the actor when there is none yet, e.g. the user name of a failed log-in. */
  claimedName?: string;
  operation: string;
  target: string | null;
  outcome: string;
  requestId: string | null;
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
  async record(event: AuditEvent): Promise<void> {
    const { actor } = event;
    await this.audit.append({
      actorKind: actor?.kind ?? ActorKind.ANONYMOUS,
      actorId: actor?.id ?? null,
      actorName: storableText(sliceChars(actor?.name ?? event.claimedName ?? 'anonymous', 100)),
      unitCode: actor?.unitCode ?? null,
      roles: actor?.roles ?? [],
      operation: event.operation,
      target: event.target === null ? null : storableText(sliceChars(event.target, 300)),
      outcome: event.outcome,
      requestId: event.requestId,
      details: event.details ? (storableJson(event.details) as Record<string, unknown>) : null,
    });
  }

  async list(args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const afterId = args.after ? decodeCursor(args.after, 'after') : null;
    if (afterId !== null && !/^\d{1,19}$/.test(afterId)) throw new InputError('after', 'is not a cursor returned by this API');
    const rows = await this.audit.page(args, afterId, args.first + 1);
    return toConnection(rows, args.first, (row) => row.id, toAuditEntry);
  }

  /** Recomputes every link in slices, so a long trail never sits in memory at once. */
  async verifyChain(): Promise<ChainVerdict> {
    const walker = new ChainWalker();
    let after = '0';
    for (;;) {
      const rows = await this.audit.chainSlice(after, VERIFY_SLICE);
      walker.accept(rows);
      if (walker.broken || rows.length < VERIFY_SLICE) return walker.verdict();
      after = rows[rows.length - 1].id;
    }
  }
}
