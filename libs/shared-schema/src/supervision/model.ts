import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../pagination/connection';
import { SupervisionItemState, SupervisionMeasure, SupervisionPeriodKind } from './enums';

@ObjectType({ description: '督办事项 an open deadline past due or due soon, with its 责任单位' })
export class SupervisionItem {
  @Field(() => ID, { description: 'The deadline.' })
  deadlineId!: string;

  @Field({ description: 'The workflow: transfer, complaint, assistance, action_item …' })
  itemType!: string;

  @Field({ description: '事项类型 the workflow by its Chinese name.' })
  itemTypeName!: string;

  @Field(() => ID)
  itemId!: string;

  @Field({ description: 'SEND, ANSWER, RESULT, INITIAL_CHECK …' })
  kind!: string;

  @Field({ description: '期限 the deadline by its Chinese name.' })
  kindName!: string;

  @Field()
  clause!: string;

  @Field({ description: '责任单位 the unit whose act the deadline waits for.' })
  ownerUnitCode!: string;

  @Field(() => String, { nullable: true })
  ownerUnitName!: string | null;

  @Field(() => SupervisionItemState)
  state!: SupervisionItemState;

  @Field()
  startedAt!: Date;

  @Field()
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  remindedAt!: Date | null;

  @Field(() => Int, {
    description: '逾期工作日 working days after the due date up to today (0 when not overdue), on the official calendar.',
  })
  workingDaysOverdue!: number;
}

@ObjectType()
export class SupervisionItemConnection extends Paginated(SupervisionItem, 'SupervisionItem') {}

@ObjectType({ description: '督办汇总 per 责任单位: open deadlines overdue and due soon' })
export class SupervisionUnitSummary {
  @Field()
  unitCode!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  dueSoon!: number;

  @Field(() => Int, { description: 'Working days overdue of its longest-overdue deadline (0 when none).' })
  maxWorkingDaysOverdue!: number;
}

@ObjectType({ description: '督查周期 the period, its Shanghai dates (both inclusive) and label' })
export class SupervisionPeriod {
  @Field(() => SupervisionPeriodKind)
  kind!: SupervisionPeriodKind;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  index!: number;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: 'e.g. 2026-Q4, 2026-H2, 2026-11, 2026' })
  label!: string;
}

@ObjectType({ description: '按时率 the counts of one measure (or any deadline kind) behind its on-time rate' })
export class SupervisionRate {
  @Field(() => SupervisionMeasure, { nullable: true, description: 'The measure, when the kind is one of the five.' })
  measure!: SupervisionMeasure | null;

  @Field()
  itemType!: string;

  @Field()
  kind!: string;

  @Field({ description: 'e.g. 案件移送' })
  name!: string;

  @Field(() => Int, { description: '期内到期 not cancelled, due in the period.' })
  due!: number;

  @Field(() => Int, { description: '按时 closed MET at or before the due time.' })
  onTime!: number;

  @Field(() => Int, { description: '逾期 closed after the due time, or open and past it.' })
  late!: number;

  @Field(() => Int, { description: '逾期未办 of the late, those still open.' })
  openOverdue!: number;

  @Field(() => Int, { description: '未到期 open and not yet due: not counted in the rate.' })
  pending!: number;

  @Field(() => Float, { nullable: true, description: '按时率 onTime / (onTime + late); null when nothing is counted.' })
  rate!: number | null;
}

@ObjectType({ description: '拒绝协助 refusals of assistance on one ground' })
export class SupervisionRefusalCount {
  @Field()
  groundCode!: string;

  @Field(() => String, { nullable: true })
  groundName!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: '单位督查 one unit in a period: its rates and the counts of declines, escalations, refusals and criminal referrals',
})
export class SupervisionUnitReport {
  @Field()
  unitCode!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => [SupervisionRate], { description: 'The five measures always, then any other deadline kind that fell due.' })
  rates!: SupervisionRate[];

  @Field(() => SupervisionRate, { description: '综合 all its counted deadlines together.' })
  overall!: SupervisionRate;

  @Field(() => Int, { description: '不予接收 transfers it declined in the period (§4(3)3).' })
  declines!: number;

  @Field(() => Int, { description: '报请市政府 transfers it escalated to the city government in the period (§4(3)3④).' })
  escalations!: number;

  @Field(() => Int, { description: '拒绝协助 assistance requests it refused in the period (§5(1)).' })
  refusals!: number;

  @Field(() => [SupervisionRefusalCount])
  refusalGrounds!: SupervisionRefusalCount[];

  @Field(() => Int, { description: '涉刑移送未结 criminal referrals it sent up to the period end that are open now (§4(5)).' })
  criminalReferralsOpen!: number;

  @Field(() => Int, { description: '以罚代刑提示 penalties it published in the period flagged against a criminal referral (§4(5)).' })
  criminalReferralsFlagged!: number;
}

@ObjectType({ description: '督查报表 per unit and period (§6(3), §4(4)1②)' })
export class SupervisionReport {
  @Field(() => SupervisionPeriod)
  period!: SupervisionPeriod;

  @Field(() => [SupervisionUnitReport])
  units!: SupervisionUnitReport[];
}

@ObjectType({ description: '通报排名 one unit in the league table' })
export class SupervisionLeagueRow {
  @Field(() => Int)
  rank!: number;

  @Field()
  unitCode!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int, { description: 'Counted deadlines (on time + late).' })
  counted!: number;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Float)
  rate!: number;

  @Field(() => Int, { nullable: true, description: 'Its rank in the previous period of the same kind (null: not ranked then).' })
  previousRank!: number | null;

  @Field(() => Float, { nullable: true })
  previousRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank - rank: positive when it moved up.' })
  rankChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'rate - previousRate.' })
  rateDelta!: number | null;
}

@ObjectType({ description: '通报 the league table of units on their overall on-time rate' })
export class SupervisionLeague {
  @Field(() => SupervisionPeriod)
  period!: SupervisionPeriod;

  @Field(() => SupervisionPeriod)
  previousPeriod!: SupervisionPeriod;

  @Field(() => [SupervisionLeagueRow])
  rows!: SupervisionLeagueRow[];
}
