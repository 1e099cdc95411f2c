import { Injectable } from '@nestjs/common';
import { EvidenceOwnerCategory, RecordCategory } from '@hub/shared-schema';
import { RecordsService } from '../records/records.service';
import { EvidenceErrors } from './evidence.errors';

/**
 * The units that attach and read the evidence of one owner; NOT_FOUND (on `field`) when there is no
 * such owner.
 */
export type EvidenceHolders = (ownerId: string, field: string) => Promise<string[]>;

/** Owners that are not shared records: each comes with the module that holds them. */
type WorkflowOwner = Exclude<EvidenceOwnerCategory, RecordCategory>;

/**
 * Who holds the evidence of an owner (§4(3)4: a case goes with its evidence; §5(1): what is learnt stays
 * with the units that need it). A shared record's evidence is its publisher's and handling units' (the
 * units that see its personal data in full). A workflow item's is declared by its own module at start-up:
 *
 *     onModuleInit() { this.owners.register(EvidenceOwnerCategory.TRANSFER, (id, field) => this.transfers.unitsOf(id, field)); }
 *
 * for a transfer, its sending and receiving units. Until a module registers its category, no item of it
 * exists, and every question about one answers NOT_FOUND.
 */
@Injectable()
export class EvidenceOwners {
  private readonly workflows = new Map<WorkflowOwner, EvidenceHolders>();

  constructor(private readonly records: RecordsService) {}

  register(category: WorkflowOwner, holders: EvidenceHolders): void {
    this.workflows.set(category, holders);
  }

  holders(category: EvidenceOwnerCategory, ownerId: string, field: string): Promise<string[]> {
    if (isRecordCategory(category)) return this.records.privilegedUnits(category, ownerId, field);
    const holders = this.workflows.get(category);
    if (!holders) return Promise.reject(EvidenceErrors.ownerNotFound(category, ownerId, field));
    return holders(ownerId, field);
  }
}

function isRecordCategory(category: EvidenceOwnerCategory): category is RecordCategory {
  return category in RecordCategory;
}
