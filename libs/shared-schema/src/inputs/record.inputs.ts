import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { RecordCategory } from '../enums/record.enums';
import { IsNotBlank } from '../validation/plausibility';

@ArgsType()
export class RevokeRecordArgs {
  @Field(() => RecordCategory)
  @IsEnum(RecordCategory)
  category!: RecordCategory;

  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: '撤回原因 why the record is withdrawn; it stays, marked revoked' })
  @IsString()
  @Length(2, 500)
  @IsNotBlank()
  reason!: string;
}

@ArgsType()
export class RecordRefArgs {
  @Field(() => RecordCategory)
  @IsEnum(RecordCategory)
  category!: RecordCategory;

  @Field(() => ID)
  @IsUUID()
  id!: string;
}
