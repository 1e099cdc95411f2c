import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../pagination/connection';
import { UnitKind } from './enums';

@ObjectType({ description: '联络人 contact person for case transfers (§4(3)1)' })
export class UnitContact {
  @Field(() => String, { nullable: true, description: '联络人 contact person' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 office telephone for transfers' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '内设机构 internal division handling transfers (departments, §4(3)1)' })
  division!: string | null;
}

@ObjectType({ description: '单位 a unit taking part in the mechanism: town, subdistrict, department, judicial organ …' })
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field({ description: '单位代码 unit code: the 9-digit township code for towns and subdistricts' })
  code!: string;

  @Field({ description: '单位名称 unit name' })
  name!: string;

  @Field(() => UnitKind, { description: '单位类型 unit kind' })
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: '上级单位代码 code of the parent unit' })
  parentCode!: string | null;

  @Field(() => UnitContact, { description: '联络人 contact for transfers' })
  contact!: UnitContact;

  @Field({ description: '是否启用 whether the unit is active' })
  active!: boolean;
}

@ObjectType()
export class UnitConnection extends Paginated(Unit, 'Unit') {}
