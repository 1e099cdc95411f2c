import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length } from 'class-validator';

/** What every action of a declared lifecycle takes beside the item's id: the note and the evidence named with the step. */
@InputType({ isAbstract: true })
export abstract class LifecycleActionFields {
  @Field(() => String, { nullable: true, description: '说明 the note; the reason where the action needs one (a rejection, a decline).' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Evidence files named with the step.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be evidence ids' })
  attachmentIds?: string[] | null;
}
