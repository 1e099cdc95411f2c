import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCategories } from '../records/record-categories';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecordsModule } from '../records/records.module';
import { COMPLAINTS } from './complaints.category';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintsResolver } from './complaints.resolver';
import { ComplaintsService } from './complaints.service';

@Module({
  imports: [RecordsModule, PersonalDataModule],
  providers: [ComplaintsRepository, ComplaintsService, ComplaintsResolver],
  exports: [ComplaintsService],
})
export class ComplaintsModule implements OnModuleInit {
  constructor(private readonly categories: RecordCategories) {}

  onModuleInit(): void {
    this.categories.register(COMPLAINTS);
  }
}
