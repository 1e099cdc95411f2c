import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ExportFormat, ExportStatus, LedgerDimension, LedgerMeasure, LedgerPeriod, LedgerSource } from '../enums/statistics.enums';

@ObjectType({ description: '统计行 one group: its keys in the order asked (period last), and its measures' })
export class LedgerRow {
  @Field(() => [String], {
    nullable: 'items',
    description: 'Dimension values (codes; the period as 2026-03, 2026-Q1 …); null where the record has none.',
  })
  keys!: Array<string | null>;

  @Field(() => [String], {
    nullable: 'items',
    description:
      'Readable names of the keys: the name of the unit, town or matter, or the Chinese name of a status, kind, channel or category (有效, 行政处罚 …); null for a period or a code without a name.',
  })
  labels!: Array<string | null>;

  @Field(() => [String], { nullable: 'items', description: 'Measures in the order asked, as decimal text (money exact to the fen).' })
  values!: Array<string | null>;
}

@ObjectType({ description: '统计台账 counts, sums and distributions computed in the database' })
export class Ledger {
  @Field(() => LedgerSource)
  source!: LedgerSource;

  @Field(() => [LedgerDimension])
  groupBy!: LedgerDimension[];

  @Field(() => LedgerPeriod, { nullable: true })
  period!: LedgerPeriod | null;

  @Field(() => [LedgerMeasure])
  measures!: LedgerMeasure[];

  @Field(() => [String], { description: 'Chinese column headers: dimensions, period, measures.' })
  headers!: string[];

  @Field(() => [LedgerRow])
  rows!: LedgerRow[];

  @Field(() => [String], { nullable: 'items', description: 'The measures over every row matching the filter.' })
  totals!: Array<string | null>;
}

@ObjectType({ description: '导出任务 an export running in the background; poll it for progress' })
export class ExportJob {
  @Field(() => ID)
  id!: string;

  @Field(() => ExportFormat)
  format!: ExportFormat;

  @Field(() => ExportStatus)
  status!: ExportStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'What the export holds (各镇街处罚月报-2026-11, 处罚信息-2026-12-08): the name of its sheet and of the file its download link saves.',
  })
  title!: string | null;

  @Field(() => Float, { description: 'Records (or ledger groups) written so far: the header row and the 合计 total row are not counted.' })
  rowsWritten!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Records (or ledger groups) to write, once counted; like rowsWritten, without the header and the 合计 row, so a DONE export has rowsWritten = totalRows.',
  })
  totalRows!: number | null;

  @Field(() => Float, { description: 'From 0 to 1.' })
  progress!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType({ description: '下载地址 a short-lived link to an export file' })
export class ExportDownload {
  @Field()
  url!: string;

  @Field()
  expiresAt!: Date;
}
