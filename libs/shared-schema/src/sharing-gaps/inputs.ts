import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { RequiredText } from '../validation/input-fields';

@InputType({ description: '说明共享缺失 a supervisor explains a sharing gap' })
export class ExplainSharingGapInput {
  @Field({ description: 'The gap’s id as `sharingGaps` lists it.' })
  @IsString()
  @Length(1, 300)
  gapId!: string;

  @RequiredText(2000, '情况说明 why it happened or what was done')
  note!: string;
}
