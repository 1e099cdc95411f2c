import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ExportFormat, ExportStatus } from '../exports/enums';
import { ReportSchedule } from './enums';

@ObjectType({ description: '报表运行 one period of a saved report: its export job, and when its event was published' })
export class ReportRun {
  @Field({ description: 'First day of the period (Asia/Shanghai).' })
  periodFrom!: string;

  @Field({ description: 'Last day of the period.' })
  periodTo!: string;

  @Field(() => ID, { description: 'The export job holding the file: ask `exportDownloadUrl` with it.' })
  exportJobId!: string;

  @Field(() => ExportStatus)
  status!: ExportStatus;

  @Field(() => Date, { nullable: true, description: 'When the `report.published` (or `report.failed`) event was written.' })
  publishedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: '定期报表 saved statistics run every month or quarter for its unit' })
export class SavedReport {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The owning unit: it alone receives the files and events.' })
  unitCode!: string;

  @Field()
  name!: string;

  @Field(() => GraphQLJSON, { description: 'The statistics definition as saved (LedgerDefinitionInput).' })
  statistics!: Record<string, unknown>;

  @Field(() => GraphQLJSON, {
    description: "The first release's name of `statistics` (the same definition).",
    deprecationReason: 'Use `statistics`: 台账 (ledger) names the §4(1)4 ledger entries (`ledgerEntries`). Kept for one release.',
  })
  ledger!: Record<string, unknown>;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      '督查 the supervision definition of a supervision report (null for statistics; `statistics` then holds the same definition).',
  })
  supervision!: Record<string, unknown> | null;

  @Field(() => ExportFormat)
  format!: ExportFormat;

  @Field(() => ReportSchedule)
  schedule!: ReportSchedule;

  @Field({ description: 'When the next period is reported.' })
  nextRunAt!: Date;

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: Date;

  @Field(() => [ReportRun], { description: 'The latest runs, newest first (up to 24).' })
  runs!: ReportRun[];
}
