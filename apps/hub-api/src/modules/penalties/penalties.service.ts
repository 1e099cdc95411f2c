import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { Connection, ExecutionStatus, PenaltyDecision, PenaltyDecisionInput, PenaltyDecisionsArgs } from '@hub/shared-schema';
import { DATE_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import type { ListPage, PartyKey } from '../parties/party-key';
import { IdNumberSearchGuard } from '../id-number-searches/id-number-search-guard.service';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { PenaltyDecisionEntity } from './penalty-decision.entity';
import { CategoryPublishing } from '../records/category-publishing';
import { RecordPublisher } from '../records/record-publisher.service';
import { PENALTIES } from './penalties.category';
import { PenaltiesRepository } from './penalties.repository';
import { fullyShownPenalties, toPenaltyDecision } from './penalty.mapper';

/** §4(1)3 town penalties and compulsory measures; full views of a party's personal data are audited (§5(1)). */
@Injectable()
export class PenaltiesService extends CategoryPublishing<PenaltyDecisionInput, PenaltyDecisionEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly penalties: PenaltiesRepository,
    private readonly personalData: PersonalDataAudit,
    private readonly idNumberSearches: IdNumberSearchGuard,
  ) {
    super(publisher, PENALTIES);
  }

  async list(ctx: RequestContext, args: PenaltyDecisionsArgs): Promise<Connection<PenaltyDecision>> {
    const reader = ctx.authenticatedActor;
    const cursor = decodeKeysetCursor(args.after, DATE_KEY);
    const after = cursor && { date: cursor.value, id: cursor.id };
    if (args.partyIdNumber) {
      await this.idNumberSearches.admit(ctx, {
        operation: 'penalty.search.idNumber',
        field: 'partyIdNumber',
        idNumber: args.partyIdNumber,
      });
    }
    const rows = await this.penalties.page(args, after, args.first + 1);
    await this.personalData.recordFullView(ctx, 'penalty.read.personalData', fullyShownPenalties(rows.slice(0, args.first), reader));
    return toConnection(
      rows,
      args.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toPenaltyDecision(r, reader),
    );
  }

  /**
   * §4(5): the execution status of a decision as a workflow learns it (the court's answer to an application
   * for compulsory execution): a new version of the penalty under its publisher, with its change event.
   */
  setExecutionStatus(ctx: RequestContext, id: string, executionStatus: ExecutionStatus, field: string): Promise<void> {
    return this.publisher.revise(ctx, PENALTIES, id, { executionStatus }, field);
  }

  /** For partyProfile: a page of a party's penalties (`field` names the page's argument). */
  async forParty(ctx: RequestContext, party: PartyKey, page: ListPage, field: string): Promise<Connection<PenaltyDecision>> {
    const reader = ctx.authenticatedActor;
    const cursor = decodeKeysetCursor(page.after, DATE_KEY, field);
    const rows = await this.penalties.forParty(party, page.first + 1, cursor && { date: cursor.value, id: cursor.id });
    await this.personalData.recordFullView(ctx, 'penalty.read.personalData', fullyShownPenalties(rows.slice(0, page.first), reader));
    return toConnection(
      rows,
      page.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toPenaltyDecision(r, reader),
    );
  }
}
