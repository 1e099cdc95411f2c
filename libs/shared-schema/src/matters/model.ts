import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Unit } from '../units/model';
import { RegulationClass } from './enums';

@ObjectType({ description: '赋权事项 an entry of the devolved matter catalog (§3(1))' })
export class DevolvedMatter {
  @Field({ description: '事项编码 matter code' })
  code!: string;

  @Field({ description: '事项名称 matter name' })
  name!: string;

  @Field({ description: '法律依据 legal basis' })
  legalBasis!: string;

  @Field(() => RegulationClass)
  regulationClass!: RegulationClass;

  @Field({ description: '原主管部门 department the power came from' })
  sourceDepartmentCode!: string;

  @Field(() => [String], { description: '承接镇街 townships holding the penalty power' })
  townshipCodes!: string[];

  @Field({ description: '生效日期 effective from (YYYY-MM-DD)' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: '失效日期 effective to (YYYY-MM-DD)' })
  effectiveTo!: string | null;
}

@ObjectType({ description: '管辖 who holds the penalty power for a matter in a township, and why' })
export class WhoHandles {
  @Field(() => Unit, { description: 'The unit holding the penalty power.' })
  unit!: Unit;

  @Field({ description: 'True when the power is devolved to the township; false when it stays with the department.' })
  devolved!: boolean;

  @Field(() => DevolvedMatter, { description: 'The catalog entry that decides it.' })
  matter!: DevolvedMatter;

  @Field({ description: 'The reason in words.' })
  reason!: string;
}

@ObjectType({ description: '导入结果 one row of an imported catalog file' })
export class CatalogImportRow {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1).' })
  row!: number;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Field at fault, when rejected.' })
  field!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the row was rejected; null when imported.' })
  error!: string | null;
}

@ObjectType({ description: '赋权事项导入结果 what a catalog import did: valid rows are saved, the others listed' })
export class CatalogImportResult {
  @Field(() => Int)
  imported!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [CatalogImportRow])
  rows!: CatalogImportRow[];
}
