import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { MattersRepository } from './matters.repository';
import { MattersResolver } from './matters.resolver';
import { MattersService } from './matters.service';

@Module({
  imports: [UnitsModule],
  providers: [MattersRepository, MattersService, MattersResolver],
  exports: [MattersService],
})
export class MattersModule {}
