import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageArgs } from '../pagination/connection';
import { MatterCodeFilter, TownshipCodeFilter } from '../records/filters';
import { TransferDirection, TransferState } from './enums';

@ArgsType()
export class TransferIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a transfer id' })
  id!: string;
}

@ArgsType()
export class TransfersArgs extends PageArgs {
  @Field(() => TransferDirection, {
    nullable: true,
    description: 'Sent or received by my unit; omitted: both (supervisors: every transfer).',
  })
  @IsOptional()
  @IsEnum(TransferDirection)
  direction?: TransferDirection | null;

  @Field(() => TransferState, { nullable: true })
  @IsOptional()
  @IsEnum(TransferState)
  state?: TransferState | null;

  @Field(() => Boolean, { nullable: true, description: 'Only transfers with (true) or without (false) an overdue deadline.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Only transfers with an open deadline due before this time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  dueBefore?: Date | null;

  @TownshipCodeFilter()
  townshipCode?: string | null;

  @MatterCodeFilter()
  matterCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The party: USCC, ID number or exact name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  party?: string | null;
}
