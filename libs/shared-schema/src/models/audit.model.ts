import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActorKind } from '../enums/actor-kind.enum';
import { Paginated } from '../pagination/connection';

@ObjectType({ description: '审计记录 one row of the append-only, hash-chained audit trail' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ActorKind)
  actorKind!: ActorKind;

  @Field({ description: 'User name or API key prefix of the caller.' })
  actorName!: string;

  @Field(() => String, { nullable: true, description: '单位代码 unit the caller acted for' })
  unitCode!: string | null;

  @Field(() => [String])
  roles!: string[];

  @Field({ description: 'Operation name, e.g. `apiKey.issue`.' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'What the operation touched.' })
  target!: string | null;

  @Field({ description: '`OK`, or the error code the caller received.' })
  outcome!: string;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field({ description: 'SHA-256 of this row chained to the previous one.' })
  hash!: string;
}

@ObjectType()
export class AuditEntryConnection extends Paginated(AuditEntry, 'AuditEntry') {}

@ObjectType({ description: '审计链校验结果 result of re-computing the audit hash chain' })
export class AuditChainReport {
  @Field({ description: 'True when every link holds.' })
  intact!: boolean;

  @Field(() => Int, { description: 'Rows checked.' })
  checked!: number;

  @Field(() => ID, { nullable: true, description: 'The first row whose link is broken.' })
  firstBrokenId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why that link is broken.' })
  reason!: string | null;
}
