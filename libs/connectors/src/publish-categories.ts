import type { LicensingDecisionInput } from '@hub/shared-schema/licensing/inputs';
import type { ComplaintRecordInput } from '@hub/shared-schema/complaints/inputs';
import type { SurveillanceDeviceInput } from '@hub/shared-schema/devices/inputs';
import type { LedgerEntryInput } from '@hub/shared-schema/ledgers/inputs';
import type { NormativeDocumentInput } from '@hub/shared-schema/normative/inputs';
import type { OtherEnforcementInfoInput } from '@hub/shared-schema/other-info/inputs';
import type { PenaltyDecisionInput } from '@hub/shared-schema/penalties/inputs';

/** The record each shared category (§4(1)) publishes: the hub's GraphQL input types (types only). */
export interface PublishInputs {
  licensing: LicensingDecisionInput;
  penalty: PenaltyDecisionInput;
  normative: NormativeDocumentInput;
  complaint: ComplaintRecordInput;
  device: SurveillanceDeviceInput;
  ledger: LedgerEntryInput;
  otherInfo: OtherEnforcementInfoInput;
}

export type PublishCategory = keyof PublishInputs;

export interface PublishMutation {
  /** The batch mutation, taking `records: [<inputType>!]!` and answering a BatchPublishResult. */
  mutation: string;
  inputType: string;
}

/** Category → batch-publish mutation of the committed SDL (libs/shared-schema/schema.graphql). */
export const PUBLISH_CATEGORIES: { readonly [C in PublishCategory]: PublishMutation } = {
  licensing: { mutation: 'publishLicensingDecisions', inputType: 'LicensingDecisionInput' },
  penalty: { mutation: 'publishPenaltyDecisions', inputType: 'PenaltyDecisionInput' },
  normative: { mutation: 'publishNormativeDocuments', inputType: 'NormativeDocumentInput' },
  complaint: { mutation: 'publishComplaintRecords', inputType: 'ComplaintRecordInput' },
  device: { mutation: 'publishSurveillanceDevices', inputType: 'SurveillanceDeviceInput' },
  ledger: { mutation: 'publishLedgerEntries', inputType: 'LedgerEntryInput' },
  otherInfo: { mutation: 'publishOtherEnforcementInfos', inputType: 'OtherEnforcementInfoInput' },
};

export const PUBLISH_CATEGORY_NAMES = Object.keys(PUBLISH_CATEGORIES) as PublishCategory[];

export function isPublishCategory(name: string): name is PublishCategory {
  return Object.hasOwn(PUBLISH_CATEGORIES, name);
}

/** The hub accepts at most this many records in one batch-publish call. */
export const MAX_PUBLISH_BATCH = 1000;
