import { Injectable } from '@nestjs/common';
import { PartyProfile, PartyProfileArgs } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { InputError } from '../../common/errors/domain-error';
import { LicensingService } from '../licensing/licensing.service';
import { PenaltiesService } from '../penalties/penalties.service';
import { ComplaintsService } from '../complaints/complaints.service';
import { IdNumberSearchGuard } from '../id-number-searches/id-number-search-guard.service';
import { maskResidentId } from '../records/personal-data';

/** How many records of each kind a profile shows: an officer's phone screen, not an export. */
const PROFILE_LIMIT = 50;

/**
 * The town officer's pre-inspection lookup: everything the hub holds on a party in one answer, each
 * part fetched with one indexed query, in parallel (no per-record queries).
 */
@Injectable()
export class PartiesService {
  constructor(
    private readonly licensing: LicensingService,
    private readonly penalties: PenaltiesService,
    private readonly complaints: ComplaintsService,
    private readonly idNumberSearches: IdNumberSearchGuard,
  ) {}

  async profile(args: PartyProfileArgs, reader: Actor, requestId: string | null): Promise<PartyProfile> {
    const given = [args.uscc, args.idNumber, args.name].filter(Boolean).length;
    if (given !== 1) throw new InputError('uscc', 'give exactly one of uscc, idNumber or name');
    if (args.idNumber) await this.idNumberSearches.admit(reader, { operation: 'party.search.idNumber', field: 'idNumber', idNumber: args.idNumber }, requestId);
    const party = { uscc: args.uscc, idNumber: args.idNumber, name: args.name };
    const [licences, penalties, complaints] = await Promise.all([
      this.licensing.forParty(party, reader, requestId, PROFILE_LIMIT),
      this.penalties.forParty(party, reader, requestId, PROFILE_LIMIT),
      // Complaints name their subject by USCC or name only; a person's ID number finds none.
      args.idNumber
        ? Promise.resolve({ nodes: [] })
        : this.complaints.list({ subjectUscc: args.uscc, subjectNameContains: args.name, openOnly: true, first: PROFILE_LIMIT }, reader, requestId),
    ]);
    const names = [...new Set([...licences.map((l) => l.holderName), ...penalties.map((p) => p.partyName)])];
    return {
      query: args.uscc ?? (args.idNumber ? maskResidentId(args.idNumber) : args.name!),
      names,
      licences,
      penalties,
      openComplaints: complaints.nodes,
    };
  }
}
