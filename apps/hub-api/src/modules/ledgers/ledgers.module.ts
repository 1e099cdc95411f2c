import { Module, OnModuleInit } from '@nestjs/common';
import { RecordCategories } from '../records/record-categories';
import { RecordsModule } from '../records/records.module';
import { LEDGERS } from './ledgers.category';
import { LedgersResolver } from './ledgers.resolver';
import { LedgersRepository } from './ledgers.repository';
import { LedgersService } from './ledgers.service';

@Module({
  imports: [RecordsModule],
  providers: [LedgersRepository, LedgersService, LedgersResolver],
  // §4(1)4: a data request (modules/assistance) is answered by ledger entries published through it.
  exports: [LedgersService],
})
export class LedgersModule implements OnModuleInit {
  constructor(private readonly categories: RecordCategories) {}

  onModuleInit(): void {
    this.categories.register(LEDGERS);
  }
}
