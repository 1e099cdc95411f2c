import { Injectable } from '@nestjs/common';
import {
  BatchPublishResult,
  Connection,
  PenaltyDecision,
  PenaltyDecisionInput,
  PenaltyDecisionsArgs,
  PublishResult,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { DATE_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import type { ListPage, PartyKey } from '../parties/party-key';
import { IdNumberSearchGuard } from '../id-number-searches/id-number-search-guard.service';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { RecordPublisher } from '../records/record-publisher.service';
import { PENALTIES } from './penalties.category';
import { PenaltiesRepository } from './penalties.repository';
import { fullyShownPenalties, toPenaltyDecision } from './penalty.mapper';

/** §4(1)3 town penalties and compulsory measures; full views of a party's personal data are audited (§5(1)). */
@Injectable()
export class PenaltiesService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly penalties: PenaltiesRepository,
    private readonly personalData: PersonalDataAudit,
    private readonly idNumberSearches: IdNumberSearchGuard,
  ) {}

  publish(input: PenaltyDecisionInput, actor: Actor): Promise<PublishResult> {
    return this.publisher.publishOne(PENALTIES, input, actor);
  }

  publishBatch(records: unknown[], actor: Actor, dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(PENALTIES, records, actor, { dryRun });
  }

  async list(args: PenaltyDecisionsArgs, reader: Actor, requestId: string | null): Promise<Connection<PenaltyDecision>> {
    const cursor = decodeKeysetCursor(args.after, DATE_KEY);
    const after = cursor && { date: cursor.value, id: cursor.id };
    if (args.partyIdNumber) {
      await this.idNumberSearches.admit(
        reader,
        { operation: 'penalty.search.idNumber', field: 'partyIdNumber', idNumber: args.partyIdNumber },
        requestId,
      );
    }
    const rows = await this.penalties.page(args, after, args.first + 1);
    await this.personalData.recordFullView(
      reader,
      'penalty.read.personalData',
      fullyShownPenalties(rows.slice(0, args.first), reader),
      requestId,
    );
    return toConnection(
      rows,
      args.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toPenaltyDecision(r, reader),
    );
  }

  /** For partyProfile: a page of a party's penalties (`field` names the page's argument). */
  async forParty(
    party: PartyKey,
    reader: Actor,
    requestId: string | null,
    page: ListPage,
    field: string,
  ): Promise<Connection<PenaltyDecision>> {
    const cursor = decodeKeysetCursor(page.after, DATE_KEY, field);
    const rows = await this.penalties.forParty(party, page.first + 1, cursor && { date: cursor.value, id: cursor.id });
    await this.personalData.recordFullView(
      reader,
      'penalty.read.personalData',
      fullyShownPenalties(rows.slice(0, page.first), reader),
      requestId,
    );
    return toConnection(
      rows,
      page.first,
      (r) => `${r.decisionDate}|${r.id}`,
      (r) => toPenaltyDecision(r, reader),
    );
  }
}
