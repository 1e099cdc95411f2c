import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { IsCalendarDate, IsTownshipCode } from '../validation/decorators';
import { IsNotBefore, IsNotBlank, IsPlausibleDate } from '../validation/plausibility';
import { RegulationClass } from './enums';

@InputType({ description: '赋权事项 a catalog entry (admin)' })
export class DevolvedMatterInput {
  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  name!: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  @IsNotBlank()
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

  @Field()
  @IsCalendarDate()
  @IsPlausibleDate(10)
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @IsPlausibleDate(50)
  @IsNotBefore('effectiveFrom')
  effectiveTo?: string | null;
}
