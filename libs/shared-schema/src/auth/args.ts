import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { UNIT_CODE_PATTERN } from '../units/inputs';

@ArgsType()
export class ApiKeyIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class UnitCodeArgs {
  @Field()
  @Matches(UNIT_CODE_PATTERN, { message: 'must be a unit code' })
  unitCode!: string;
}
