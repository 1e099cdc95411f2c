import { Field, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../pagination/connection';
import { SharedRecord } from '../records/model';
import { NormativeKind } from './enums';

@ObjectType({ description: '规范性文件 a law, standard, discretion benchmark or workflow for devolved matters (§4(1)1)' })
export class NormativeDocument extends SharedRecord {
  @Field(() => NormativeKind)
  kind!: NormativeKind;

  @Field({ description: '标题 title' })
  title!: string;

  @Field(() => String, { nullable: true, description: '文号 document number' })
  documentNumber!: string | null;

  @Field({ description: '制定机关 issuing body' })
  issuingBody!: string;

  @Field({ description: '施行日期 effective from (YYYY-MM-DD)' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: '废止日期 repealed on (YYYY-MM-DD)' })
  repealedOn!: string | null;

  @Field(() => [String], { description: '适用事项 devolved matters it governs' })
  matterCodes!: string[];

  @Field(() => String, { nullable: true, description: '附件 attachment reference (evidence file id)' })
  attachmentRef!: string | null;
}

@ObjectType()
export class NormativeDocumentConnection extends Paginated(NormativeDocument, 'NormativeDocument') {}
