import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { EvidenceIntegrity, EvidenceOwnerCategory, EvidenceStatus } from './enums';

@ObjectType({ description: '证据文件 an evidence file: its proof here, its bytes in the object store' })
export class EvidenceFile {
  @Field(() => ID)
  id!: string;

  @Field(() => EvidenceOwnerCategory)
  ownerCategory!: EvidenceOwnerCategory;

  @Field(() => ID)
  ownerId!: string;

  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Float)
  size!: number;

  @Field()
  sha256!: string;

  @Field(() => EvidenceStatus)
  status!: EvidenceStatus;

  @Field()
  uploaderUnitCode!: string;

  @Field()
  uploadedBy!: string;

  @Field(() => ID, { nullable: true, description: 'The file this one corrects.' })
  supersedesId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;
}

@ObjectType({ description: '上传地址 where to PUT the bytes, until when' })
export class EvidenceUpload {
  @Field(() => EvidenceFile)
  evidence!: EvidenceFile;

  @Field({ description: 'Presigned URL: PUT the exact bytes there, then call confirmEvidenceUpload.' })
  uploadUrl!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({ description: '下载地址 a short-lived link to the bytes; every issued link is audited' })
export class EvidenceDownload {
  @Field()
  url!: string;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'Check the downloaded bytes against this.' })
  sha256!: string;
}

@ObjectType({ description: '保管记录 one link of the chain of custody' })
export class CustodyEntry {
  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  unitCode!: string | null;

  @Field()
  actorName!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => GraphQLJSON, { nullable: true })
  details!: Record<string, unknown> | null;
}

@ObjectType({ description: '完整性核验 the stored bytes re-hashed and compared with what was confirmed' })
export class EvidenceVerification {
  @Field(() => ID)
  evidenceId!: string;

  @Field(() => EvidenceIntegrity)
  integrity!: EvidenceIntegrity;

  @Field()
  expectedSha256!: string;

  @Field(() => String, { nullable: true })
  foundSha256!: string | null;

  @Field(() => Float, { nullable: true })
  foundSize!: number | null;
}
