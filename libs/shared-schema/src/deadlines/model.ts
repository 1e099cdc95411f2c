import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineOutcome } from './enums';

@ObjectType('DeadlineRule', { description: '期限规则 how long a deadline runs: working days of the official calendar, or clock hours' })
export class DeadlineRuleModel {
  @Field(() => Int, {
    nullable: true,
    description: '工作日 working days after the day of the event (that day not counted), ending 23:59:59 Asia/Shanghai',
  })
  workingDays!: number | null;

  @Field(() => Int, { nullable: true, description: '小时 clock hours from the event ("24 hours" is clock time)' })
  hours!: number | null;
}

@ObjectType({ description: '期限 a deadline of an item: when it is due, and whether it was reminded, missed or met' })
export class Deadline {
  @Field(() => ID)
  id!: string;

  @Field({ description: "What it waits for, in the workflow's own names (SEND, ANSWER, RESULT …)." })
  kind!: string;

  @Field({ description: '期限名称 the deadline by its Chinese name (移送, 答复是否接收 …); its code where the hub has no name.' })
  kindName!: string;

  @Field({ description: 'The clause of the regulation that sets it, e.g. §4(3)3①.' })
  clause!: string;

  @Field({ description: '责任单位 the unit whose act it waits for, held accountable when it passes (§6(3)).' })
  ownerUnitCode!: string;

  @Field({ description: '起算时间 the triggering event (discovery, receipt …).' })
  startedAt!: Date;

  @Field(() => DeadlineRuleModel)
  rule!: DeadlineRuleModel;

  @Field({ description: '截止时间 when it is due.' })
  dueAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: '提醒时间 when its reminder is published: one working day before (hours rules: see the README).',
  })
  remindAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the reminder event was published.' })
  remindedAt!: Date | null;

  @Field({ description: '已逾期 marked overdue: it passed while open.' })
  overdue!: boolean;

  @Field(() => Date, { nullable: true, description: '逾期标记时间 when it was marked overdue (within a minute of dueAt).' })
  overdueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the workflow closed it.' })
  closedAt!: Date | null;

  @Field(() => DeadlineOutcome, { nullable: true })
  outcome!: DeadlineOutcome | null;
}
