import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { PartyProfile, PartyProfileArgs, PROFILE_PAGE_SIZE } from '@hub/shared-schema';
import { LicensingService } from '../licensing/licensing.service';
import { PenaltiesService } from '../penalties/penalties.service';
import { ComplaintsService } from '../complaints/complaints.service';
import { IdNumberSearchGuard } from '../id-number-searches/id-number-search-guard.service';
import { maskResidentId } from '../personal-data/personal-data';
import { PartyErrors } from './parties.errors';
import { TransfersService } from '../transfers/transfers.service';

const NO_MORE = { hasNextPage: false, endCursor: null };
/** How many of the party's open transfers a profile shows: an officer needs to know there are some, not to page them. */
const OPEN_TRANSFERS_SHOWN = 20;
const page = (asked: { first?: number; after?: string | null } | undefined) => ({
  first: asked?.first ?? PROFILE_PAGE_SIZE,
  after: asked?.after ?? null,
});

/**
 * The town officer's pre-inspection lookup (§2(1), §2(2): is the party licensed, was it punished, is a
 * complaint open?): everything the hub holds on a party in one answer, each part fetched with one indexed
 * query, in parallel (no per-record queries).
 */
@Injectable()
export class PartiesService {
  constructor(
    private readonly licensing: LicensingService,
    private readonly penalties: PenaltiesService,
    private readonly complaints: ComplaintsService,
    private readonly idNumberSearches: IdNumberSearchGuard,
    private readonly transfers: TransfersService,
  ) {}

  async profile(ctx: RequestContext, args: PartyProfileArgs): Promise<PartyProfile> {
    const given = [args.uscc, args.idNumber, args.name].filter(Boolean).length;
    if (given !== 1) throw PartyErrors.oneKey();
    if (args.idNumber)
      await this.idNumberSearches.admit(ctx, { operation: 'party.search.idNumber', field: 'idNumber', idNumber: args.idNumber });
    const party = { uscc: args.uscc, idNumber: args.idNumber, name: args.name };
    // Each list is one page (newest first) with its page info, so a cut list says so and pages on.
    const [licences, penalties, complaints, openTransfers] = await Promise.all([
      this.licensing.forParty(ctx, party, page(args.licences), 'licences.after'),
      this.penalties.forParty(ctx, party, page(args.penalties), 'penalties.after'),
      // Complaints name their subject by USCC or name only; a person's ID number finds none.
      args.idNumber
        ? Promise.resolve({ nodes: [], pageInfo: NO_MORE })
        : this.complaints.list(
            ctx,
            { subjectUscc: args.uscc, subjectNameContains: args.name, openOnly: true, ...page(args.openComplaints) },
            'openComplaints.after',
          ),
      // §4(3): an officer sees before an inspection that the party's case is already being transferred.
      this.transfers.openForParty(ctx, party, OPEN_TRANSFERS_SHOWN),
    ]);
    const names = [...new Set([...licences.nodes.map((l) => l.holderName), ...penalties.nodes.map((p) => p.partyName)])];
    return {
      query: args.uscc ?? (args.idNumber ? maskResidentId(args.idNumber) : args.name!),
      names,
      licences: licences.nodes,
      licencesPageInfo: licences.pageInfo,
      penalties: penalties.nodes,
      penaltiesPageInfo: penalties.pageInfo,
      openComplaints: complaints.nodes,
      openComplaintsPageInfo: complaints.pageInfo,
      openTransfers,
    };
  }
}
