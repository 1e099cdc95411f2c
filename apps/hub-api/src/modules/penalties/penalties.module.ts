import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCategories } from '../records/record-categories';
import { IdNumberSearchesModule } from '../id-number-searches/id-number-searches.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordsModule } from '../records/records.module';
import { PENALTIES } from './penalties.category';
import { PenaltiesRepository } from './penalties.repository';
import { PenaltiesResolver } from './penalties.resolver';
import { PenaltiesService } from './penalties.service';

@Module({
  imports: [RecordsModule, PersonalDataModule, IdNumberSearchesModule],
  providers: [PenaltiesRepository, PenaltiesService, PenaltiesResolver],
  exports: [PenaltiesService],
})
export class PenaltiesModule implements OnModuleInit {
  constructor(private readonly categories: RecordCategories) {}

  onModuleInit(): void {
    this.categories.register(PENALTIES);
  }
}
