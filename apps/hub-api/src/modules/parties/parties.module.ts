import { Module } from '@nestjs/common';
import { LicensingModule } from '../licensing/licensing.module';
import { PenaltiesModule } from '../penalties/penalties.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { RecordsModule } from '../records/records.module';
import { PartiesResolver } from './parties.resolver';
import { PartiesService } from './parties.service';

@Module({
  imports: [LicensingModule, PenaltiesModule, ComplaintsModule, RecordsModule],
  providers: [PartiesService, PartiesResolver],
})
export class PartiesModule {}
