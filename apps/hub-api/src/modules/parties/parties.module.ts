import { Module } from '@nestjs/common';
import { LicensingModule } from '../licensing/licensing.module';
import { PenaltiesModule } from '../penalties/penalties.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { IdNumberSearchesModule } from '../id-number-searches/id-number-searches.module';
import { TransfersModule } from '../transfers/transfers.module';
import { PartiesResolver } from './parties.resolver';
import { PartiesService } from './parties.service';

@Module({
  imports: [LicensingModule, PenaltiesModule, ComplaintsModule, IdNumberSearchesModule, TransfersModule],
  providers: [PartiesService, PartiesResolver],
})
export class PartiesModule {}
