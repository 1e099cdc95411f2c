import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/connection';

/** The inbox is a worklist, not a history: the `first` most urgent items, no cursor. */
@ArgsType()
export class InboxArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many of the most urgent items, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;
}
