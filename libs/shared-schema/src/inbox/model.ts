import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InboxItemType } from './enums';

@ObjectType({ description: '待办事项 an item my unit must act on now; open it by its type and id (transfer(id) …)' })
export class InboxItem {
  @Field(() => InboxItemType)
  itemType!: InboxItemType;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'Its state in its own workflow (TransferState …).' })
  state!: string;

  @Field({ description: '事由 what it is about: the party, or the request’s subject.' })
  title!: string;

  @Field({ description: '紧急 urgent.' })
  urgent!: boolean;

  @Field(() => Date, { nullable: true, description: '最近期限 the earliest of its open deadlines.' })
  nextDueAt!: Date | null;

  @Field({ description: '已逾期 one of its open deadlines is marked overdue.' })
  overdue!: boolean;

  @Field({ description: 'When it began: the violation discovered, the complaint received, the request made.' })
  since!: Date;
}
