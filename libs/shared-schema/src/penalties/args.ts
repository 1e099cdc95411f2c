import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { DecisionRecordsArgs } from '../records/args';
import { PublishBatchArgs } from '../records/publish-batch.args';
import { IsResidentId, IsUscc } from '../validation/decorators';
import { IsNotBlank } from '../validation/plausibility';
import { ExecutionStatus } from './enums';
import { PenaltyDecisionInput } from './inputs';

@ArgsType()
export class PublishPenaltyBatchArgs extends PublishBatchArgs(PenaltyDecisionInput) {}

@ArgsType()
export class PenaltyDecisionsArgs extends DecisionRecordsArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUscc()
  partyUscc?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsResidentId()
  partyIdNumber?: string;

  @Field(() => String, { nullable: true, description: '名称包含 party name contains (at least 2 characters)' })
  @IsOptional()
  @IsString()
  @Length(2, 50)
  @IsNotBlank()
  partyNameContains?: string;

  @Field(() => ExecutionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ExecutionStatus)
  executionStatus?: ExecutionStatus;
}
