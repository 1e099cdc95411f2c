import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { SharingGapKind } from './enums';

@ArgsType()
export class SharingGapsArgs extends PageArgs {
  @Field(() => SharingGapKind, { nullable: true })
  @IsOptional()
  @IsEnum(SharingGapKind)
  kind?: SharingGapKind | null;

  @Field(() => String, { nullable: true, description: 'Only the gaps of this unit.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  unitCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only explained (true) or unexplained (false) gaps; omitted: both.' })
  @IsOptional()
  @IsBoolean()
  explained?: boolean | null;
}
