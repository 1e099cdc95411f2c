import { Field, ObjectType } from '@nestjs/graphql';
import { RegulationClass } from '../enums/record.enums';
import { Unit } from './unit.model';

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
