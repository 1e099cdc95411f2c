import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsNotBlank } from '../validation/plausibility';
import { EvidenceOwnerCategory } from './enums';

@InputType({ description: '申请上传证据 declare a file before uploading it: what it is, its size and SHA-256' })
export class RequestEvidenceUploadInput {
  @Field(() => EvidenceOwnerCategory, {
    description: 'What the file is evidence for: the category of a shared record, or TRANSFER for a case transfer.',
  })
  @IsEnum(EvidenceOwnerCategory)
  ownerCategory!: EvidenceOwnerCategory;

  @Field(() => ID, { description: 'The hub id of that record or transfer.' })
  @IsUUID('all', { message: 'must be a record or transfer id' })
  ownerId!: string;

  @Field({ description: 'Original file name, e.g. 现场照片1.jpg.' })
  @IsString()
  @Length(1, 255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  @Matches(/^[^/\\\u0000-\u001f]+$/, { message: 'must be a plain file name without path separators or control characters' })
  @IsNotBlank()
  fileName!: string;

  @Field({ description: 'MIME type, e.g. image/jpeg or application/pdf; must be on the allow-list.' })
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, { message: 'must be a MIME type such as image/jpeg' })
  contentType!: string;

  @Field(() => Float, { description: 'Exact size in bytes.' })
  @IsInt({ message: 'must be a whole number of bytes' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  size!: number;

  @Field({ description: 'SHA-256 of the bytes, 64 hex digits.' })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'must be a SHA-256 as 64 hexadecimal digits' })
  sha256!: string;

  @Field(() => ID, { nullable: true, description: 'The confirmed file this one corrects; the old one is kept.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an evidence id' })
  supersedesId?: string | null;
}
