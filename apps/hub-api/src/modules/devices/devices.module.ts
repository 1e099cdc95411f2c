import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCategories } from '../records/record-categories';
import { RecordsModule } from '../records/records.module';
import { DEVICES } from './devices.category';
import { DevicesRepository } from './devices.repository';
import { DevicesResolver } from './devices.resolver';
import { DevicesService } from './devices.service';

@Module({
  imports: [RecordsModule],
  providers: [DevicesRepository, DevicesService, DevicesResolver],
})
export class DevicesModule implements OnModuleInit {
  constructor(private readonly categories: RecordCategories) {}

  onModuleInit(): void {
    this.categories.register(DEVICES);
  }
}
