import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { MATTER_CODE_PATTERN, SOURCE_ID_MESSAGE, SOURCE_ID_PATTERN } from '../records/patterns';
import { IsCalendarDate } from '../validation/decorators';
import { IsNotBefore, IsNotBlank, IsPlausibleDate } from '../validation/plausibility';
import { NormativeKind } from './enums';

@InputType({ description: '规范性文件 a normative document as the department publishes it' })
export class NormativeDocumentInput {
  @Field()
  @Matches(SOURCE_ID_PATTERN, SOURCE_ID_MESSAGE)
  sourceId!: string;

  @Field(() => NormativeKind)
  @IsEnum(NormativeKind)
  kind!: NormativeKind;

  @Field()
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string | null;

  @Field()
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  issuingBody!: string;

  @Field()
  @IsCalendarDate()
  @IsPlausibleDate(10)
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @IsPlausibleDate(50)
  @IsNotBefore('effectiveFrom')
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
