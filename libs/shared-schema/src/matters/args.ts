import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsString, Length, Matches } from 'class-validator';
import { MATTER_CODE_PATTERN } from '../records/patterns';
import { IsTownshipCode } from '../validation/decorators';
import { CatalogFileFormat } from './enums';

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
