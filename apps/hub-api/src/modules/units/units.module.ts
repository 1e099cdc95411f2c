import { Module } from '@nestjs/common';
import { UnitsRepository } from './units.repository';
import { UnitsResolver } from './units.resolver';
import { UnitsService } from './units.service';

@Module({
  providers: [UnitsRepository, UnitsService, UnitsResolver],
  exports: [UnitsService],
})
export class UnitsModule {}
