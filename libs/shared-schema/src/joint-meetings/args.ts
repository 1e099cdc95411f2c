import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class JointMeetingBodyIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a joint meeting body id' })
  id!: string;
}

@ArgsType()
export class JointMeetingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a joint meeting id' })
  id!: string;
}

@ArgsType()
export class ActionItemIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an action item id' })
  id!: string;
}

@ArgsType()
export class JointMeetingsArgs {
  @Field(() => ID, { nullable: true, description: 'One body’s meetings; omitted: every body the reader sits on (supervisors: all).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a joint meeting body id' })
  bodyId?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'Newest first, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;
}
