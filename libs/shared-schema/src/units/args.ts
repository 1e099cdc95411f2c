import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { UnitKind } from './enums';

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field(() => [UnitKind], { nullable: true, description: '按单位类型筛选 filter by kind' })
  @IsOptional()
  @IsEnum(UnitKind, { each: true })
  kinds?: UnitKind[];

  @Field(() => String, { nullable: true, description: '名称包含 name contains' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  nameContains?: string;
}
