import { Injectable } from '@nestjs/common';
import { maskResidentId, PartyProfile, PartyProfileArgs } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { InputError } from '../../common/errors/domain-error';
import { LicensingService } from '../licensing/licensing.service';
import { PenaltiesService } from '../penalties/penalties.service';

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
  ) {}

  async profile(args: PartyProfileArgs, reader: Actor, requestId: string | null): Promise<PartyProfile> {
    const given = [args.uscc, args.idNumber, args.name].filter(Boolean).length;
    if (given !== 1) throw new InputError('uscc', 'give exactly one of uscc, idNumber or name');
    const party = { uscc: args.uscc, idNumber: args.idNumber, name: args.name };
    const [licences, penalties] = await Promise.all([
      this.licensing.forParty(party, reader, requestId, PROFILE_LIMIT),
      this.penalties.forParty(party, reader, requestId, PROFILE_LIMIT),
    ]);
    const names = [...new Set([...licences.map((l) => l.holderName), ...penalties.map((p) => p.partyName)])];
    return {
      query: args.uscc ?? (args.idNumber ? maskResidentId(args.idNumber) : args.name!),
      names,
      licences,
      penalties,
    };
  }
}
