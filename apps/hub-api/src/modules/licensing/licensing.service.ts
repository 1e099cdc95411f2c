import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import {
  Connection,
  LicenceStatus,
  LicensingDecision,
  LicensingDecisionInput,
  LicensingDecisionsArgs,
  PermitStatus,
} from '@hub/shared-schema';
import { DATE_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { MattersService } from '../matters/matters.service';
import type { ListPage, PartyKey } from '../parties/party-key';
import { IdNumberSearchGuard } from '../id-number-searches/id-number-search-guard.service';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { CategoryPublishing } from '../records/category-publishing';
import { RecordPublisher } from '../records/record-publisher.service';
import { LICENSING } from './licensing.category';
import { LicensingDecisionEntity } from './licensing-decision.entity';
import { licenceStatusOn } from './licence-status';
import { fullyShown, toLicensingDecision } from './licensing.mapper';
import { permitReason } from './permit-reason';
import { LicensingRepository } from './licensing.repository';

/**
 * §4(1)2 licensing decisions: publishing, the lists, and the town officer's permit check (§2(1): does the
 * party act within a valid licence's matter and dates?). Full views of a holder's personal data are
 * audited (§5(1)).
 */
@Injectable()
export class LicensingService extends CategoryPublishing<LicensingDecisionInput, LicensingDecisionEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly licences: LicensingRepository,
    private readonly matters: MattersService,
    private readonly personalData: PersonalDataAudit,
    private readonly idNumberSearches: IdNumberSearchGuard,
  ) {
    super(publisher, LICENSING);
  }

  async list(ctx: RequestContext, args: LicensingDecisionsArgs): Promise<Connection<LicensingDecision>> {
    const reader = ctx.authenticatedActor;
    const cursor = decodeKeysetCursor(args.after, DATE_KEY);
    const after = cursor && { date: cursor.value, id: cursor.id };
    if (args.holderIdNumber) {
      await this.idNumberSearches.admit(ctx, {
        operation: 'licensing.search.idNumber',
        field: 'holderIdNumber',
        idNumber: args.holderIdNumber,
      });
    }
    const today = ctx.today();
    const rows = await this.licences.page(args, today, after, args.first + 1);
    const page = toConnection(
      rows,
      args.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toLicensingDecision(r, reader, today),
    );
    await this.auditFullViews(ctx, rows.slice(0, args.first));
    return page;
  }

  /** Whether a valid licence covers `matterCode` for the party on `at` (today by default), and which. */
  async permitStatus(ctx: RequestContext, uscc: string, matterCode: string, at: string | undefined): Promise<PermitStatus> {
    const reader = ctx.authenticatedActor;
    const date = at ?? ctx.today();
    const matter = await this.matters.get(matterCode);
    const rows = await this.licences.forPartyAndMatter(uscc, matterCode);
    const covering = rows.find((r) => r.validFrom <= date && licenceStatusOn(r, date) === LicenceStatus.VALID);
    const today = ctx.today();
    const shown = (r: LicensingDecisionEntity) => toLicensingDecision(r, reader, today);
    await this.auditFullViews(ctx, rows);
    return {
      covered: covering !== undefined,
      at: date,
      licence: covering ? shown(covering) : null,
      ...permitReason(covering, rows, date, matter.name),
      others: rows.filter((r) => r !== covering).map(shown),
    };
  }

  /** For partyProfile: a page of a party's licences with their status today (`field` names the page's argument). */
  async forParty(ctx: RequestContext, party: PartyKey, page: ListPage, field: string): Promise<Connection<LicensingDecision>> {
    const reader = ctx.authenticatedActor;
    const cursor = decodeKeysetCursor(page.after, DATE_KEY, field);
    const rows = await this.licences.forParty(party, page.first + 1, cursor && { date: cursor.value, id: cursor.id });
    await this.auditFullViews(ctx, rows.slice(0, page.first));
    const today = ctx.today();
    return toConnection(
      rows,
      page.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toLicensingDecision(r, reader, today),
    );
  }

  private auditFullViews(ctx: RequestContext, rows: LicensingDecisionEntity[]) {
    return this.personalData.recordFullView(ctx, 'licensing.read.personalData', fullyShown(rows, ctx.authenticatedActor));
  }
}
