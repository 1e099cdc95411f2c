import { Field, InputType } from '@nestjs/graphql';

import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { SupervisionExportInput } from '../supervision/inputs';
import { ExportFormat } from '../exports/enums';
import { DeprecatedLedgerDefinition, StatisticsArgs, StatisticsDefinition } from '../statistics/args';
import { IsNotBlank } from '../validation/plausibility';
import { ReportSchedule } from './enums';

@InputType({ description: '定期报表 statistics saved to run every month or quarter; the file and an event go to the owning unit' })
export class SavedReportInput {
  @Field({ description: 'Unique within the unit, e.g. 各镇街处罚月报.' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  @IsNotBlank()
  name!: string;

  @StatisticsDefinition(
    'The statistics definition (this or `ledger`); each run counts only its own period, so leave filter.from and filter.to empty.',
  )
  statistics?: StatisticsArgs | null;

  @DeprecatedLedgerDefinition()
  ledger?: StatisticsArgs | null;

  @Field(() => SupervisionExportInput, {
    nullable: true,
    description: '… or a supervision table (督查, SUPERVISOR and ADMIN only), run for each period just ended; leave its period empty.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionExportInput)
  supervision?: SupervisionExportInput | null;

  @Field(() => ExportFormat)
  @IsEnum(ExportFormat)
  format!: ExportFormat;

  @Field(() => ReportSchedule)
  @IsEnum(ReportSchedule)
  schedule!: ReportSchedule;
}
