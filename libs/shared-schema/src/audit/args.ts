import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../pagination/connection';

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. `apiKey.issue`.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operation?: string;

  @Field(() => String, { nullable: true, description: 'Only calls made for this unit.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  unitCode?: string;
}
