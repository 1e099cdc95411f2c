import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ExportFormat, ExportStatus } from './enums';

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

  @Field(() => Float, {
    description: 'Records (or statistics groups) written so far: the header row and the 合计 total row are not counted.',
  })
  rowsWritten!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Records (or statistics groups) to write, once counted; like rowsWritten, without the header and the 合计 row, so a DONE export has rowsWritten = totalRows.',
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
