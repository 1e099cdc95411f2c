import { Field, ObjectType } from '@nestjs/graphql';
import { LicensingDecision } from './licensing.model';
import { PenaltyDecision } from './penalty.model';
import { ComplaintRecord } from './more-records.model';

@ObjectType({ description: '当事人画像 what the hub knows of a party before an inspection' })
export class PartyProfile {
  @Field({ description: 'What was asked for: a USCC, an ID number (masked) or a name.' })
  query!: string;

  @Field(() => [String], { description: 'Names the party appears under.' })
  names!: string[];

  @Field(() => [LicensingDecision], { description: 'Licences with their status as of today.' })
  licences!: LicensingDecision[];

  @Field(() => [PenaltyDecision], { description: 'Past penalties and compulsory measures.' })
  penalties!: PenaltyDecision[];

  @Field(() => [ComplaintRecord], { description: 'Reports and complaints about the party not yet answered or closed.' })
  openComplaints!: ComplaintRecord[];
}
