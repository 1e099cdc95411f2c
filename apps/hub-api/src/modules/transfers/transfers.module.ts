import { Module, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EvidenceOwnerCategory, InboxItemType, RecordCategory } from '@hub/shared-schema';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { EvidenceOwners } from '../evidence/evidence-owners';
import { InboxSources } from '../inbox/inbox-sources';
import { InboxModule } from '../inbox/inbox.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { MattersModule } from '../matters/matters.module';
import { OutboxModule } from '../outbox/outbox.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordPublisher } from '../records/record-publisher.service';
import { RecordsModule } from '../records/records.module';
import { TransferLettersModule } from '../transfer-letters/transfer-letters.module';
import { UnitsModule } from '../units/units.module';
import { CriminalReferralFlags } from './criminal-referral-flags';
import { TransfersRepository } from './transfers.repository';
import { INBOX_ITEMS } from './transfers.sql';
import { TransfersResolver } from './transfers.resolver';
import { TransfersService } from './transfers.service';

/** Case transfers (§4(3), §2) and criminal referrals (§4(5)) on the lifecycle mechanism and the deadlines. */
@Module({
  imports: [
    LifecycleModule,
    DeadlinesModule,
    EvidenceModule,
    MattersModule,
    UnitsModule,
    PersonalDataModule,
    RecordsModule,
    OutboxModule,
    TransferLettersModule,
    InboxModule,
  ],
  providers: [TransfersRepository, TransfersService, TransfersResolver, CriminalReferralFlags],
  exports: [TransfersService],
})
export class TransfersModule implements OnModuleInit {
  constructor(
    private readonly ownership: UnitOwnershipRegistry,
    private readonly repository: TransfersRepository,
    private readonly transfers: TransfersService,
    private readonly evidenceOwners: EvidenceOwners,
    private readonly publisher: RecordPublisher,
    private readonly flags: CriminalReferralFlags,
    private readonly inboxSources: InboxSources,
  ) {}

  onModuleInit(): void {
    this.ownership.register('transfer', (id) => (isUUID(id) ? this.repository.senderOf(id) : Promise.resolve(null)));
    // §4(3)4, §5(1): a transfer's materials are attached and read by the units handling it.
    this.evidenceOwners.register(EvidenceOwnerCategory.TRANSFER, (id, field) => this.transfers.holdersOf(id, field));
    // §4(5) 不得以罚代刑: every penalty stored is held against the criminal referrals of its party and matter.
    this.publisher.onStored(RecordCategory.PENALTY, (stored, at) => this.flags.penaltiesStored(stored, at));
    this.inboxSources.register({ itemType: InboxItemType.TRANSFER, select: INBOX_ITEMS });
  }
}
