import { Module, OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { AuditModule } from '../audit/audit.module';
import { MattersModule } from '../matters/matters.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { UnitsModule } from '../units/units.module';
import { RecordCategories } from './record-categories';
import { RecordPublisher } from './record-publisher.service';
import { RecordsRepository } from './records.repository';
import { RecordsResolver } from './records.resolver';
import { RecordsService } from './records.service';

/** The mechanism every shared category uses: publishing, history, revocation, the change log. */
@Module({
  imports: [MattersModule, AuditModule, UnitsModule, PersonalDataModule],
  providers: [RecordsRepository, RecordPublisher, RecordCategories, RecordsService, RecordsResolver],
  exports: [RecordPublisher, RecordCategories, RecordsService],
})
export class RecordsModule implements OnModuleInit {
  constructor(
    private readonly ownership: UnitOwnershipRegistry,
    private readonly records: RecordsRepository,
    private readonly categories: RecordCategories,
  ) {}

  onModuleInit(): void {
    // A record belongs to its publisher: only that unit may revoke it.
    this.ownership.register('record', (id) =>
      isUUID(id) ? this.records.publisherOf(id, this.categories.entities()) : Promise.resolve(null),
    );
  }
}
