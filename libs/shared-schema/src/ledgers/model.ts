import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';
import { LedgerEntryKind } from './enums';

@ObjectType({ description: '台账 a statistic or work summary of a unit for a period (§4(1)4)' })
export class LedgerEntry extends SharedRecord {
  @Field(() => LedgerEntryKind)
  entryKind!: LedgerEntryKind;

  @Field({ description: '期间 period: 2026, 2026-Q1 or 2026-03' })
  period!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: '指标 indicator' })
  indicator!: string | null;

  @Field(() => String, { nullable: true, description: '数值 value, exact decimal' })
  value!: string | null;

  @Field(() => GraphQLJSON, { description: '维度 dimensions, e.g. {"matter": "SCJG-001"}' })
  dimensions!: Record<string, string>;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => String, { nullable: true, description: '需求单位 the department that asked for it, if any' })
  requestedByCode!: string | null;
}

@ObjectType()
export class LedgerEntryConnection extends Paginated(LedgerEntry, 'LedgerEntry') {}
