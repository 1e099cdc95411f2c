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
import type { PartyKey } from '../parties/party-condition';
import { PersonalDataAudit } from '../records/personal-data-audit.service';
import { RecordPublisher } from '../records/record-publisher.service';
import { LICENSING } from './licensing.category';
import { LicensingDecisionEntity } from './licensing-decision.entity';
import { fullyShown, licenceStatusOn, toLicensingDecision } from './licensing.mapper';
import { LicensingRepository } from './licensing.repository';


@Injectable()
export class LicensingService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly licences: LicensingRepository,
    private readonly matters: MattersService,
    private readonly personalData: PersonalDataAudit,
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
    if (args.holderIdNumber) await this.personalData.recordIdNumberSearch(reader, 'licensing.search.idNumber', args.holderIdNumber, requestId);
    const today = shanghaiToday();
    const rows = await this.licences.page(args, today, after, args.first + 1);
    const page = toConnection(rows, args.first, (r) => `${r.decisionDate}|${r.id}`, (r) => toLicensingDecision(r, reader, today));
    await this.auditFullViews(rows.slice(0, args.first), reader, requestId);
    return page;
  }

  /** Whether a valid licence covers `matterCode` for the party on `at` (today by default), and which. */
  async permitStatus(uscc: string, matterCode: string, at: string | undefined, reader: Actor, requestId: string | null): Promise<PermitStatus> {
    const date = at ?? shanghaiToday();
    const matter = await this.matters.get(matterCode);
    const rows = await this.licences.forPartyAndMatter(uscc, matterCode);
    const covering = rows.find((r) => r.validFrom <= date && licenceStatusOn(r, date) === LicenceStatus.VALID);
    const today = shanghaiToday();
    const shown = (r: LicensingDecisionEntity) => toLicensingDecision(r, reader, today);
    await this.auditFullViews(rows, reader, requestId);
    if (covering) {
      return {
        covered: true,
        at: date,
        licence: shown(covering),
        reason: `licence ${covering.licenceNumber} covers ${matter.name} on ${date}`,
        others: rows.filter((r) => r !== covering).map(shown),
      };
    }
    return { covered: false, at: date, licence: null, reason: notCoveredReason(rows, date, matter.name), others: rows.map(shown) };
  }

  /** For partyProfile: licences of a party with their status today. */
  async forParty(party: PartyKey, reader: Actor, requestId: string | null, limit: number) {
    const rows = await this.licences.forParty(party, limit);
    await this.auditFullViews(rows, reader, requestId);
    const today = shanghaiToday();
    return rows.map((r) => toLicensingDecision(r, reader, today));
  }

  private auditFullViews(rows: LicensingDecisionEntity[], reader: Actor, requestId: string | null) {
    return this.personalData.recordFullView(reader, 'licensing.read.personalData', fullyShown(rows, reader), requestId);
  }
}

function notCoveredReason(rows: LicensingDecisionEntity[], date: string, matterName: string): string {
  if (!rows.length) return `no licence for ${matterName} is on record for this party`;
  const statuses = rows.map((r) => (r.validFrom > date ? `${r.licenceNumber} not valid until ${r.validFrom}` : `${r.licenceNumber} ${licenceStatusOn(r, date)}`));
  return `no valid licence for ${matterName} on ${date}: ${statuses.join('; ')}`;
}
