import { EndDate, RequiredText, StartDate } from '../validation/input-fields';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MATTER_CODE_PATTERN, SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';

import { NormativeKind } from './enums';

@InputType({ description: '规范性文件 a normative document as the department publishes it' })
export class NormativeDocumentInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId!: string;

  @Field(() => NormativeKind)
  @IsEnum(NormativeKind)
  kind!: NormativeKind;

  @RequiredText(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string | null;

  @RequiredText(200)
  issuingBody!: string;

  @StartDate()
  effectiveFrom!: string;

  @EndDate('effectiveFrom')
  repealedOn?: string | null;

  @Field(() => [String], { description: 'Devolved matters it governs: the towns holding them are notified of every change (§4(1)1).' })
  @ArrayMaxSize(200)
  @Matches(MATTER_CODE_PATTERN, { each: true, message: 'must be matter codes' })
  matterCodes!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  attachmentRef?: string | null;
}
