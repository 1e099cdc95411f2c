import { Module, OnModuleInit } from '@nestjs/common';
import { MattersModule } from '../matters/matters.module';
import { RecordCategories } from '../records/record-categories';
import { IdNumberSearchesModule } from '../id-number-searches/id-number-searches.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordsModule } from '../records/records.module';
import { LICENSING } from './licensing.category';
import { LicensingRepository } from './licensing.repository';
import { LicensingResolver } from './licensing.resolver';
import { LicensingService } from './licensing.service';

@Module({
  imports: [RecordsModule, PersonalDataModule, MattersModule, IdNumberSearchesModule],
  providers: [LicensingRepository, LicensingService, LicensingResolver],
  exports: [LicensingService],
})
export class LicensingModule implements OnModuleInit {
  constructor(private readonly categories: RecordCategories) {}

  onModuleInit(): void {
    this.categories.register(LICENSING);
  }
}
