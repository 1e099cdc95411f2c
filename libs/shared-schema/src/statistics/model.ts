import { Field, ObjectType } from '@nestjs/graphql';
import { StatisticsDimension, StatisticsMeasure, StatisticsPeriod, StatisticsSource } from './enums';

@ObjectType({ description: '统计行 one group: its keys in the order asked (period last), and its measures' })
export class StatisticsRow {
  @Field(() => [String], {
    nullable: 'items',
    description: 'Dimension values (codes; the period as 2026-03, 2026-Q1 …); null where the record has none.',
  })
  keys!: Array<string | null>;

  @Field(() => [String], {
    nullable: 'items',
    description:
      'Readable names of the keys: the name of the unit, town or matter, or the Chinese name of a status, kind, channel or category (有效, 行政处罚 …); null for a period or a code without a name.',
  })
  labels!: Array<string | null>;

  @Field(() => [String], { nullable: 'items', description: 'Measures in the order asked, as decimal text (money exact to the fen).' })
  values!: Array<string | null>;
}

@ObjectType({ description: '统计表 counts, sums and distributions computed in the database' })
export class StatisticsTable {
  @Field(() => StatisticsSource)
  source!: StatisticsSource;

  @Field(() => [StatisticsDimension])
  groupBy!: StatisticsDimension[];

  @Field(() => StatisticsPeriod, { nullable: true })
  period!: StatisticsPeriod | null;

  @Field(() => [StatisticsMeasure])
  measures!: StatisticsMeasure[];

  @Field(() => [String], { description: 'Chinese column headers: dimensions, period, measures.' })
  headers!: string[];

  @Field(() => [StatisticsRow])
  rows!: StatisticsRow[];

  @Field(() => [String], { nullable: 'items', description: 'The measures over every row matching the filter.' })
  totals!: Array<string | null>;
}
