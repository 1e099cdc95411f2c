import { Injectable } from '@nestjs/common';
import { RecordCategory } from '@hub/shared-schema';
import { OutboxService } from '../outbox/outbox.service';
import { StoredRecord } from '../records/record-publisher.service';
import { JOINT_MEETING_OFFICE_CODE } from '../units/reference-units';
import { TransfersRepository } from './transfers.repository';

/**
 * §4(5) 不得以罚代刑 (no fine instead of a prosecution): a penalty published for the party and matter of a
 * criminal referral — while the referral is open or after it was made — is flagged once for supervisors
 * (criminal_referral_flag, the `criminalReferralFlags` query) and published as `transfer.penalty_flagged`
 * to the joint-meeting office and the referral's sender, in the publishing transaction.
 */
@Injectable()
export class CriminalReferralFlags {
  constructor(
    private readonly transfers: TransfersRepository,
    private readonly outbox: OutboxService,
  ) {}

  async penaltiesStored(stored: StoredRecord[], at: Date): Promise<void> {
    for (const penalty of stored) {
      const { partyUscc, partyIdNumber, matterCode } = penalty.columns as {
        partyUscc?: string | null;
        partyIdNumber?: string | null;
        matterCode?: string;
      };
      if (!matterCode || (!partyUscc && !partyIdNumber)) continue;
      const referrals = await this.transfers.referralsFor({ uscc: partyUscc ?? null, idNumber: partyIdNumber ?? null }, matterCode);
      for (const referral of referrals) {
        const fresh = await this.transfers.insertFlag({
          transferId: referral.id,
          penaltyId: penalty.id,
          penaltyPublisherCode: penalty.publisherCode,
          partyName: referral.partyName,
          matterCode,
          referralState: referral.state,
          flaggedAt: at,
        });
        if (!fresh) continue;
        const audience = [...new Set([JOINT_MEETING_OFFICE_CODE, referral.senderUnitCode])];
        await this.outbox.appendAt(at, {
          type: 'transfer.penalty_flagged',
          category: RecordCategory.OTHER,
          subject: referral.id,
          sourceUnitCode: penalty.publisherCode,
          matterCode,
          audience,
          recipients: audience,
          data: {
            transferId: referral.id,
            penaltyId: penalty.id,
            penaltyPublisherCode: penalty.publisherCode,
            referralState: referral.state,
          },
        });
      }
    }
  }
}
