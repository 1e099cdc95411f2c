import { EndDate, RequiredText, StartDate } from '../validation/input-fields';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, Matches } from 'class-validator';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { IsTownshipCode } from '../validation/decorators';

import { RegulationClass } from './enums';

@InputType({ description: '赋权事项 a catalog entry (admin)' })
export class DevolvedMatterInput {
  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  code!: string;

  @RequiredText(200)
  name!: string;

  @RequiredText(5000)
  legalBasis!: string;

  @Field(() => RegulationClass)
  @IsEnum(RegulationClass)
  regulationClass!: RegulationClass;

  @Field()
  @Matches(/^dept-[a-z0-9-]+$/, { message: 'must be a department unit code' })
  sourceDepartmentCode!: string;

  @Field(() => [String], { description: 'Townships holding the penalty power; empty: the department keeps it.' })
  @ArrayMaxSize(19)
  @IsTownshipCode({ each: true })
  townshipCodes!: string[];

  @StartDate()
  effectiveFrom!: string;

  @EndDate('effectiveFrom')
  effectiveTo?: string | null;
}
