import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCategories } from '../records/record-categories';
import { RecordsModule } from '../records/records.module';
import { NORMATIVE } from './normative.category';
import { NormativeResolver } from './normative.resolver';
import { NormativeRepository } from './normative.repository';
import { NormativeService } from './normative.service';

@Module({
  imports: [RecordsModule],
  providers: [NormativeRepository, NormativeService, NormativeResolver],
})
export class NormativeModule implements OnModuleInit {
  constructor(private readonly categories: RecordCategories) {}

  onModuleInit(): void {
    this.categories.register(NORMATIVE);
  }
}
