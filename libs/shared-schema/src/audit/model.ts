import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActorKind } from '../auth/enums';
import { Paginated } from '../pagination/connection';
import { AuditCheckpointProblem } from './enums';

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

@ObjectType({ description: '审计检查点 a signed checkpoint of the audit chain (kept in the object store) that disagrees with the chain' })
export class AuditCheckpointIssue {
  @Field({ description: 'Object key of the checkpoint in the object store.' })
  key!: string;

  @Field(() => ID, { nullable: true, description: 'The last row the checkpoint recorded (null when it cannot be read).' })
  lastId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the hub wrote the checkpoint.' })
  recordedAt!: Date | null;

  @Field(() => AuditCheckpointProblem)
  problem!: AuditCheckpointProblem;

  @Field({ description: 'What differs.' })
  detail!: string;
}

@ObjectType({
  description:
    '审计链校验结果 result of re-computing the audit hash chain (in the hub, not the database) and checking it against every signed checkpoint',
})
export class AuditChainReport {
  @Field({ description: 'True when every link holds and every checkpoint agrees with the chain.' })
  intact!: boolean;

  @Field(() => Int, { description: 'Rows checked.' })
  checked!: number;

  @Field(() => ID, { nullable: true, description: 'The first row whose link is broken.' })
  firstBrokenId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why that link is broken, or which checkpoint disagrees.' })
  reason!: string | null;

  @Field(() => Int, { description: 'Signed checkpoints found in the object store and checked.' })
  checkpointsChecked!: number;

  @Field(() => Int, { description: 'Checkpoints that disagree with the chain or are not validly signed.' })
  checkpointsDisagreeing!: number;

  @Field(() => AuditCheckpointIssue, { nullable: true, description: 'The first checkpoint (by the row it ends at) that disagrees.' })
  firstBadCheckpoint!: AuditCheckpointIssue | null;

  @Field(() => Date, { nullable: true, description: 'When the newest validly signed checkpoint was written.' })
  latestCheckpointAt!: Date | null;
}
