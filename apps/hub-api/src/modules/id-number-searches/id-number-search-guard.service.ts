import { RequestContext } from '../../common/context/request-context';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RecordCategory } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { KeyedDigest } from '../../common/crypto/keyed-digest';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../outbox/outbox.service';
import { seesAllPersonalData } from '../personal-data/personal-data';
import { JOINT_MEETING_OFFICE_CODE } from '../units/reference-units';
import { IdNumberSearchErrors } from './id-number-searches.errors';
import { IdNumberSearchesRepository, SearchWindow } from './id-number-searches.repository';

/** The event that tells supervisors a caller ran out of ID-number searches (once per caller and window). */
export const QUOTA_EXCEEDED_EVENT = 'security.idNumberSearchQuotaExceeded';

/** One search by resident ID number: the operation (audit name), the argument holding the number, the number. */
export interface IdNumberSearch {
  operation: string;
  field: string;
  idNumber: string;
}

/**
 * Searches by resident ID number (身份证号查询) are exact-match lookups, but a masked number in an answer
 * plus a search that confirms a guess is an oracle: enumerating candidates recovers the number. So each
 * search is counted against an hourly quota per caller (user or API key), in PostgreSQL so that every hub
 * process counts the same; beyond it the search is refused with RATE_LIMITED, audited, and the
 * supervisors are told once per window. Supervisors are not counted: they see every number in full
 * (seesAllPersonalData), so there is nothing for them to recover, and reviewing cases is their task.
 * Admins are counted like everyone else: they see numbers masked and read the audit trail.
 *
 * Every search, refused or not, leaves an audit row whose target is an HMAC of the number under a key
 * derived from HUB_JWT_SECRET: a supervisor can see that two searches were for the same number, but
 * nobody holding only the database can test guesses against it.
 */
@Injectable()
export class IdNumberSearchGuard {
  private readonly logger = new Logger(IdNumberSearchGuard.name);
  private readonly digest: KeyedDigest;
  private readonly perHour: number;

  constructor(
    @Inject(HUB_CONFIG) config: HubConfig,
    private readonly windows: IdNumberSearchesRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
  ) {
    if (!config.auth.jwtSecret) throw new Error('the hub secret (HUB_JWT_SECRET) is not set');
    this.digest = new KeyedDigest(config.auth.jwtSecret, 'audit-id-number-search');
    this.perHour = config.personalData.idNumberSearchesPerHour;
  }

  /** Counts and audits one search; throws RateLimitedError when the caller's quota is used up. */
  async admit(ctx: RequestContext, search: IdNumberSearch): Promise<void> {
    const actor = ctx.authenticatedActor;
    const target = this.digest.of(search.idNumber);
    if (seesAllPersonalData(actor)) {
      await this.audit.record(ctx, {
        operation: search.operation,
        target,
        outcome: 'OK',
        details: { search: 'idNumber', quota: 'exempt' },
      });
      return;
    }
    const window = await this.windows.count(ctx.now(), actor.kind, actor.id);
    const details = { search: 'idNumber', searchesInWindow: window.searches, quota: this.perHour };
    if (window.searches <= this.perHour) {
      await this.audit.record(ctx, { operation: search.operation, target, outcome: 'OK', details });
      return;
    }
    await this.tx.run(async () => {
      if (await this.windows.markAlerted(ctx.now(), actor.kind, actor.id, window.windowKey)) await this.alert(ctx, actor, search, window);
      await this.audit.record(ctx, { operation: search.operation, target, outcome: 'RATE_LIMITED', details });
    });
    throw IdNumberSearchErrors.quotaExceeded(this.perHour, search.field, window.resetsAt);
  }

  /** The alert, in the change log for the units supervisors work in (and the joint-meeting office, §4(4)). */
  private async alert(ctx: RequestContext, actor: Actor, search: IdNumberSearch, window: SearchWindow): Promise<void> {
    const audience = [...new Set([JOINT_MEETING_OFFICE_CODE, ...(await this.windows.supervisorUnits())])].sort();
    this.logger.warn(
      { actor: actor.name, unitCode: actor.unitCode, quota: this.perHour },
      'ID-number search quota exceeded; supervisors alerted',
    );
    await this.outbox.appendAt(ctx.now(), {
      type: QUOTA_EXCEEDED_EVENT,
      // 其他执法信息 (§4(1)7): an accountability fact for supervisors (§6(3)), not one of the six record kinds.
      category: RecordCategory.OTHER,
      subject: actor.id,
      sourceUnitCode: actor.unitCode,
      recipients: audience,
      audience,
      data: {
        title: '身份证号查询超出限额 ID-number search quota exceeded',
        actor: { kind: actor.kind, id: actor.id, name: actor.name, unitCode: actor.unitCode },
        operation: search.operation,
        field: search.field,
        quota: this.perHour,
        windowStart: window.windowStart.toISOString(),
        resetsAt: window.resetsAt.toISOString(),
      },
    });
  }
}
