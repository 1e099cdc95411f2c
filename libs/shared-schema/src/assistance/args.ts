import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { AssistanceDirection, AssistanceKind, AssistanceState } from './enums';

@ArgsType()
export class AssistanceRequestIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assistance request id' })
  id!: string;
}

@ArgsType()
export class AssistanceRequestsArgs extends PageArgs {
  @Field(() => AssistanceKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssistanceKind)
  kind?: AssistanceKind | null;

  @Field(() => AssistanceState, { nullable: true })
  @IsOptional()
  @IsEnum(AssistanceState)
  state?: AssistanceState | null;

  @Field(() => AssistanceDirection, {
    nullable: true,
    description: 'Sent or received by my unit; omitted: both (supervisors: every request).',
  })
  @IsOptional()
  @IsEnum(AssistanceDirection)
  direction?: AssistanceDirection | null;

  @Field(() => Boolean, { nullable: true, description: 'Only requests with (true) or without (false) an overdue deadline.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}
