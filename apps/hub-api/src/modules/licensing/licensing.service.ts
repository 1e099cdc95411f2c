import { Injectable } from '@nestjs/common';
import {
  BatchPublishResult,
  Connection,
  LicenceStatus,
  LicensingDecision,
  LicensingDecisionInput,
  LicensingDecisionsArgs,
  PermitStatus,
  PublishResult,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { DATE_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { shanghaiToday } from '../../common/time/shanghai-date';
import { MattersService } from '../matters/matters.service';
import type { ListPage, PartyKey } from '../parties/party-key';
import { IdNumberSearchGuard } from '../id-number-searches/id-number-search-guard.service';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
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
export class LicensingService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly licences: LicensingRepository,
    private readonly matters: MattersService,
    private readonly personalData: PersonalDataAudit,
    private readonly idNumberSearches: IdNumberSearchGuard,
  ) {}

  publish(input: LicensingDecisionInput, actor: Actor): Promise<PublishResult> {
    return this.publisher.publishOne(LICENSING, input, actor);
  }

  publishBatch(records: unknown[], actor: Actor, dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(LICENSING, records, actor, { dryRun });
  }

  async list(args: LicensingDecisionsArgs, reader: Actor, requestId: string | null): Promise<Connection<LicensingDecision>> {
    const cursor = decodeKeysetCursor(args.after, DATE_KEY);
    const after = cursor && { date: cursor.value, id: cursor.id };
    if (args.holderIdNumber) {
      await this.idNumberSearches.admit(
        reader,
        { operation: 'licensing.search.idNumber', field: 'holderIdNumber', idNumber: args.holderIdNumber },
        requestId,
      );
    }
    const today = shanghaiToday();
    const rows = await this.licences.page(args, today, after, args.first + 1);
    const page = toConnection(
      rows,
      args.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toLicensingDecision(r, reader, today),
    );
    await this.auditFullViews(rows.slice(0, args.first), reader, requestId);
    return page;
  }

  /** Whether a valid licence covers `matterCode` for the party on `at` (today by default), and which. */
  async permitStatus(
    uscc: string,
    matterCode: string,
    at: string | undefined,
    reader: Actor,
    requestId: string | null,
  ): Promise<PermitStatus> {
    const date = at ?? shanghaiToday();
    const matter = await this.matters.get(matterCode);
    const rows = await this.licences.forPartyAndMatter(uscc, matterCode);
    const covering = rows.find((r) => r.validFrom <= date && licenceStatusOn(r, date) === LicenceStatus.VALID);
    const today = shanghaiToday();
    const shown = (r: LicensingDecisionEntity) => toLicensingDecision(r, reader, today);
    await this.auditFullViews(rows, reader, requestId);
    return {
      covered: covering !== undefined,
      at: date,
      licence: covering ? shown(covering) : null,
      ...permitReason(covering, rows, date, matter.name),
      others: rows.filter((r) => r !== covering).map(shown),
    };
  }

  /** For partyProfile: a page of a party's licences with their status today (`field` names the page's argument). */
  async forParty(
    party: PartyKey,
    reader: Actor,
    requestId: string | null,
    page: ListPage,
    field: string,
  ): Promise<Connection<LicensingDecision>> {
    const cursor = decodeKeysetCursor(page.after, DATE_KEY, field);
    const rows = await this.licences.forParty(party, page.first + 1, cursor && { date: cursor.value, id: cursor.id });
    await this.auditFullViews(rows.slice(0, page.first), reader, requestId);
    const today = shanghaiToday();
    return toConnection(
      rows,
      page.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toLicensingDecision(r, reader, today),
    );
  }

  private auditFullViews(rows: LicensingDecisionEntity[], reader: Actor, requestId: string | null) {
    return this.personalData.recordFullView(reader, 'licensing.read.personalData', fullyShown(rows, reader), requestId);
  }
}
