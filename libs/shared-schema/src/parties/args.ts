import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsResidentId, IsUscc } from '../validation/decorators';
import { IsNotBlank } from '../validation/plausibility';
import { ProfileListInput } from './inputs';

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
