import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { OtherEnforcementInfoInput } from './inputs';
import { TownshipCodeFilter } from '../records/filters';

@ArgsType()
export class PublishOtherInfoBatchArgs extends PublishBatchArgs(OtherEnforcementInfoInput) {}

@ArgsType()
export class OtherEnforcementInfoArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  kindCode?: string;

  @TownshipCodeFilter()
  townshipCode?: string;
}
