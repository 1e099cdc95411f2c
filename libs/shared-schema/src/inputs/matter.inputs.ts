import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { RegulationClass } from '../enums/record.enums';
import { IsCalendarDate, IsResidentId, IsTownshipCode, IsUscc } from '../validation/decorators';
import { IsNotBefore, IsNotBlank, IsPlausibleDate } from '../validation/plausibility';
import { ProfileListInput } from './party-profile-page.inputs';
import { MATTER_CODE_PATTERN } from './patterns';

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

@ArgsType()
export class WhoHandlesArgs {
  @Field()
  @Matches(MATTER_CODE_PATTERN, { message: 'must be a matter code' })
  matterCode!: string;

  @Field()
  @IsTownshipCode()
  townshipCode!: string;
}

@ArgsType()
export class PartyProfileArgs {
  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field(() => String, { nullable: true, description: '身份证号' })
  @IsOptional()
  @IsResidentId()
  idNumber?: string;

  @Field(() => String, { nullable: true, description: '名称 (at least 2 characters, substring match)' })
  @IsOptional()
  @IsString()
  @Length(2, 50)
  @IsNotBlank()
  name?: string;

  // Each list pages on its own, so an officer sees when a list is cut (the answer's …PageInfo) and pages on.
  @Field(() => ProfileListInput, { nullable: true, description: '许可分页 which page of `licences` (default: the newest 50)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProfileListInput)
  licences?: ProfileListInput;

  @Field(() => ProfileListInput, { nullable: true, description: '处罚分页 which page of `penalties` (default: the newest 50)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProfileListInput)
  penalties?: ProfileListInput;

  @Field(() => ProfileListInput, { nullable: true, description: '投诉分页 which page of `openComplaints` (default: the newest 50)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProfileListInput)
  openComplaints?: ProfileListInput;
}

export enum CatalogFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(CatalogFileFormat, {
  name: 'CatalogFileFormat',
  description: 'CSV as UTF-8 text; XLSX as base64 of the workbook (first sheet)',
});

@ArgsType()
export class ImportDevolvedMattersArgs {
  @Field(() => CatalogFileFormat)
  @IsEnum(CatalogFileFormat)
  format!: CatalogFileFormat;

  @Field({
    description:
      'The file. Header row (Chinese or English): 事项编码 code, 事项名称 name, 法律依据 legalBasis, 监管类别 regulationClass ' +
      '(应批已批/应批未批/禁止类/其他 or the enum), 原主管部门 sourceDepartment (code or name), 承接镇街 townships (names or ' +
      'codes separated by 、 , ; or spaces), 生效日期 effectiveFrom, 失效日期 effectiveTo.',
  })
  @IsString()
  @Length(1, 1_500_000)
  content!: string;
}
