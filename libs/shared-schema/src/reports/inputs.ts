import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ExportFormat } from '../exports/enums';
import { StatisticsArgs } from '../statistics/args';
import { IsNotBlank } from '../validation/plausibility';
import { ReportSchedule } from './enums';

@InputType({ description: '定期报表 statistics saved to run every month or quarter; the file and an event go to the owning unit' })
export class SavedReportInput {
  @Field({ description: 'Unique within the unit, e.g. 各镇街处罚月报.' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  @IsNotBlank()
  name!: string;

  @Field(() => StatisticsArgs, {
    nullable: true,
    description:
      'The statistics definition (this or `ledger`); each run counts only its own period, so leave filter.from and filter.to empty.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatisticsArgs)
  statistics?: StatisticsArgs | null;

  @Field(() => StatisticsArgs, {
    nullable: true,
    description: "The first release's name of `statistics`.",
    deprecationReason: 'Use `statistics`: 台账 (ledger) names the §4(1)4 ledger entries (`ledgerEntries`). Kept for one release.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => StatisticsArgs)
  ledger?: StatisticsArgs | null;

  @Field(() => ExportFormat)
  @IsEnum(ExportFormat)
  format!: ExportFormat;

  @Field(() => ReportSchedule)
  @IsEnum(ReportSchedule)
  schedule!: ReportSchedule;
}
