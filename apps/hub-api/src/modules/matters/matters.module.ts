import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { MattersRepository } from './matters.repository';
import { MattersResolver } from './matters.resolver';
import { MattersService } from './matters.service';
import { MatterLoader } from './matter.loader';
import { LicensingMatterResolver, PenaltyMatterResolver } from './matter-field.resolvers';

@Module({
  imports: [UnitsModule],
  providers: [MattersRepository, MattersService, MattersResolver, MatterLoader, LicensingMatterResolver, PenaltyMatterResolver],
  exports: [MattersService, MatterLoader],
})
export class MattersModule {}
