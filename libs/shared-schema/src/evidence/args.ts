import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { RecordCategory } from '../records/enums';

@ArgsType()
export class EvidenceIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an evidence id' })
  id!: string;
}

@ArgsType()
export class EvidenceOfArgs {
  @Field(() => RecordCategory)
  @IsEnum(RecordCategory)
  ownerCategory!: RecordCategory;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a record id' })
  ownerId!: string;
}
