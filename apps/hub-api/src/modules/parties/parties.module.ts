import { Module } from '@nestjs/common';
import { LicensingModule } from '../licensing/licensing.module';
import { PenaltiesModule } from '../penalties/penalties.module';
import { PartiesResolver } from './parties.resolver';
import { PartiesService } from './parties.service';

@Module({
  imports: [LicensingModule, PenaltiesModule],
  providers: [PartiesService, PartiesResolver],
})
export class PartiesModule {}
