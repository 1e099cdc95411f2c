import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCategories } from '../records/record-categories';
import { RecordsModule } from '../records/records.module';
import { OtherInfoKindsRepository } from './other-info-kinds.repository';
import { OtherInfoKindsService } from './other-info-kinds.service';
import { OtherInfoRepository } from './other-info.repository';
import { OtherInfoResolver } from './other-info.resolver';
import { OtherInfoService } from './other-info.service';

@Module({
  imports: [RecordsModule],
  providers: [OtherInfoKindsRepository, OtherInfoKindsService, OtherInfoRepository, OtherInfoService, OtherInfoResolver],
})
export class OtherInfoModule implements OnModuleInit {
  constructor(
    private readonly categories: RecordCategories,
    private readonly otherInfo: OtherInfoService,
  ) {}

  onModuleInit(): void {
    this.categories.register(this.otherInfo.category);
  }
}
