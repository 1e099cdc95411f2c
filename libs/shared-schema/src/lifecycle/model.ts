import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../auth/enums';
import { LifecycleSide } from './enums';

@ObjectType({ description: '办理环节 one step of a workflow item: who took which action, when, from which state to which' })
export class LifecycleStep {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The action taken, e.g. approve.' })
  action!: string;

  @Field({ description: 'The state before the step.' })
  fromState!: string;

  @Field({ description: 'The state after the step.' })
  toState!: string;

  @Field({ description: 'Who took it (user name or API key prefix).' })
  actorName!: string;

  @Field({ description: 'The unit it was taken for.' })
  unitCode!: string;

  @Field(() => [Role], { description: 'The roles the actor held.' })
  roles!: Role[];

  @Field(() => LifecycleSide, { description: 'The side of the item the actor stood on.' })
  side!: LifecycleSide;

  @Field()
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: '说明 the note or reason given with the step.' })
  note!: string | null;

  @Field(() => [ID], { description: 'Evidence files named with the step.' })
  attachmentIds!: string[];
}

/** What every workflow item shows beside its own fields: its deadlines at a glance and its times. */
@ObjectType({ isAbstract: true })
export abstract class WorkflowItemFields {
  @Field(() => Date, { nullable: true, description: '最近期限 the earliest of its open deadlines.' })
  nextDueAt!: Date | null;

  @Field(() => Boolean, { description: '已逾期 one of its open deadlines is marked overdue.' })
  overdue!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
