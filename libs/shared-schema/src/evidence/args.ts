import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { EvidenceOwnerCategory } from './enums';

@ArgsType()
export class EvidenceIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an evidence id' })
  id!: string;
}

@ArgsType()
export class EvidenceOfArgs {
  @Field(() => EvidenceOwnerCategory)
  @IsEnum(EvidenceOwnerCategory)
  ownerCategory!: EvidenceOwnerCategory;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a record or transfer id' })
  ownerId!: string;
}
