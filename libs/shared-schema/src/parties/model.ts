import { Field, ObjectType } from '@nestjs/graphql';
import { ComplaintRecord } from '../complaints/model';
import { LicensingDecision } from '../licensing/model';
import { PageInfo } from '../pagination/connection';
import { PenaltyDecision } from '../penalties/model';
import { CaseTransfer } from '../transfers/model';

@ObjectType({ description: '当事人画像 what the hub knows of a party before an inspection' })
export class PartyProfile {
  @Field({ description: 'What was asked for: a USCC, an ID number (masked) or a name.' })
  query!: string;

  @Field(() => [String], { description: 'Names the party appears under.' })
  names!: string[];

  @Field(() => [LicensingDecision], {
    description: 'Licences with their status as of today, newest decision first: one page (argument `licences`).',
  })
  licences!: LicensingDecision[];

  @Field(() => PageInfo, {
    description: '许可分页 whether `licences` was cut (hasNextPage) and the cursor for the next page (`licences: {after}`).',
  })
  licencesPageInfo!: PageInfo;

  @Field(() => [PenaltyDecision], {
    description: 'Past penalties and compulsory measures, newest decision first: one page (argument `penalties`).',
  })
  penalties!: PenaltyDecision[];

  @Field(() => PageInfo, {
    description: '处罚分页 whether `penalties` was cut (hasNextPage) and the cursor for the next page (`penalties: {after}`).',
  })
  penaltiesPageInfo!: PageInfo;

  @Field(() => [ComplaintRecord], {
    description: 'Reports and complaints about the party not yet answered or closed, newest first: one page (argument `openComplaints`).',
  })
  openComplaints!: ComplaintRecord[];

  @Field(() => PageInfo, {
    description: '投诉分页 whether `openComplaints` was cut (hasNextPage) and the cursor for the next page (`openComplaints: {after}`).',
  })
  openComplaintsPageInfo!: PageInfo;

  @Field(() => [CaseTransfer], {
    description:
      '在办移送 case transfers of the party that were sent and are not closed (§4(3)), newest first, at most 20; personal data masked unless the reader handles one.',
  })
  openTransfers!: CaseTransfer[];
}
