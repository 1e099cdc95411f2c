import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../pagination/connection';

/** How many records of each kind a profile shows unless asked: an officer's phone screen, not an export. */
export const PROFILE_PAGE_SIZE = 50;

@InputType({ description: "画像分页 one page of one of a party profile's lists, newest first" })
export class ProfileListInput {
  @Field(() => Int, { defaultValue: PROFILE_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = PROFILE_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: "The list's `…PageInfo.endCursor` from the previous answer." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
