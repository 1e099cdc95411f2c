import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { CodeListFilter } from '../validation/input-fields';
import { SupervisionItemState, SupervisionPeriodKind, SupervisionTable } from './enums';

@InputType({ description: '督查周期 a month, quarter, half year or year on the Shanghai calendar' })
export class SupervisionPeriodInput {
  @Field(() => SupervisionPeriodKind)
  @IsEnum(SupervisionPeriodKind)
  kind!: SupervisionPeriodKind;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { defaultValue: 1, description: 'Month 1-12, quarter 1-4, half 1-2; 1 for a year.' })
  @IsInt()
  @Min(1)
  @Max(12)
  index: number = 1;
}

/** What narrows the overdue and due-soon list and its summary. */
@InputType({ description: '督办筛选 which open deadlines: units, workflows, kinds, overdue or due soon' })
export class SupervisionItemsFilter {
  @CodeListFilter(100, '责任单位 the units held accountable (any when empty).')
  unitCodes?: string[] | null;

  @CodeListFilter(20, 'Workflows, e.g. transfer, complaint, assistance, action_item (any when empty).')
  itemTypes?: string[] | null;

  @CodeListFilter(20, 'Deadline kinds, e.g. SEND, ANSWER, RESULT (any when empty).')
  kinds?: string[] | null;

  @Field(() => SupervisionItemState, { nullable: true, description: 'Overdue or due soon (both when empty).' })
  @IsOptional()
  @IsEnum(SupervisionItemState)
  state?: SupervisionItemState | null;

  @Field(() => Int, { defaultValue: 1, description: 'Due soon: due within this many working days (1-30), or already reminded.' })
  @IsInt()
  @Min(1)
  @Max(30)
  dueWithinWorkingDays: number = 1;
}

@ArgsType()
export class SupervisionItemsArgs extends PageArgs {
  @Field(() => SupervisionItemsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionItemsFilter)
  filter?: SupervisionItemsFilter | null;
}

@ArgsType()
export class SupervisionSummaryArgs {
  @Field(() => SupervisionItemsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionItemsFilter)
  filter?: SupervisionItemsFilter | null;
}

@ArgsType()
export class SupervisionPeriodArgs {
  @Field(() => SupervisionPeriodInput)
  @ValidateNested()
  @Type(() => SupervisionPeriodInput)
  period!: SupervisionPeriodInput;

  @CodeListFilter(100, 'Only these units (all when empty).')
  unitCodes?: string[] | null;
}

@InputType({ description: '督查导出 a supervision table for a period, as a spreadsheet (SUPERVISOR and ADMIN only)' })
export class SupervisionExportInput {
  @Field(() => SupervisionTable)
  @IsEnum(SupervisionTable)
  table!: SupervisionTable;

  @Field(() => SupervisionPeriodInput, {
    nullable: true,
    description: 'The period (an export needs it; a saved report runs each period just ended).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionPeriodInput)
  period?: SupervisionPeriodInput | null;
}
