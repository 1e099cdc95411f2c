import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CreateUnitInput,
  SetUnitActiveInput,
  Unit,
  UnitCodeArgs,
  UnitConnection,
  UnitsArgs,
  UpdateUnitContactInput,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { toUnit } from './unit.mapper';
import { UnitsService } from './units.service';

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(private readonly unitsService: UnitsService) {}

  @Query(() => UnitConnection, { description: '单位列表 units: towns, subdistricts, departments, judicial organs …' })
  @Operation('units.read')
  units(@Args() args: UnitsArgs) {
    return this.unitsService.list(args);
  }

  @Query(() => Unit, { description: '单位 one unit by its code' })
  @Operation('units.read')
  async unit(@Args() args: UnitCodeArgs) {
    return toUnit(await this.unitsService.get(args.unitCode, 'unitCode'));
  }

  @Mutation(() => Unit, { description: '新增单位 add a unit (admin)' })
  @Operation('unit.create')
  createUnit(@Args('input') input: CreateUnitInput) {
    return this.unitsService.create(input);
  }

  @Mutation(() => Unit, { description: '启用/停用单位 activate or deactivate a unit (admin); its credentials stop working' })
  @Operation('unit.setActive')
  setUnitActive(@Args('input') input: SetUnitActiveInput) {
    return this.unitsService.setActive(input);
  }

  @Mutation(() => Unit, { description: "更新联络人 update the unit's contact for case transfers (§4(3)1)" })
  @Operation('unit.updateContact')
  updateUnitContact(@Args('input') input: UpdateUnitContactInput) {
    return this.unitsService.updateContact(input);
  }
}
