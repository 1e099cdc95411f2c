import { Injectable } from '@nestjs/common';
import { ActorKind, AuditEntry, AuditLogArgs, Connection } from '@hub/shared-schema';
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

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Appends a row; inside an open transaction it commits or rolls back with it. */
  async record(event: AuditEvent): Promise<void> {
    const { actor } = event;
    await this.audit.append({
      actorKind: actor?.kind ?? ActorKind.ANONYMOUS,
      actorId: actor?.id ?? null,
      actorName: (actor?.name ?? event.claimedName ?? 'anonymous').slice(0, 100),
      unitCode: actor?.unitCode ?? null,
      roles: actor?.roles ?? [],
      operation: event.operation,
      target: event.target?.slice(0, 300) ?? null,
      outcome: event.outcome,
      requestId: event.requestId,
      details: event.details ?? null,
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
