import { UnitEntity } from '../modules/units/unit.entity';
import { ApiKeyEntity } from '../modules/auth/api-key.entity';
import { UserAccountEntity } from '../modules/auth/user-account.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { DevolvedMatterEntity } from '../modules/matters/devolved-matter.entity';
import { DevolvedMatterTownshipEntity } from '../modules/matters/devolved-matter-township.entity';
import { LicensingDecisionEntity } from '../modules/licensing/licensing-decision.entity';
import { PenaltyDecisionEntity } from '../modules/penalties/penalty-decision.entity';
import { RecordVersionEntity } from '../modules/records/record-version.entity';
import { ChangeEventEntity } from '../modules/records/change-event.entity';
import { NormativeDocumentEntity } from '../modules/normative/normative-document.entity';
import { ComplaintRecordEntity } from '../modules/complaints/complaint-record.entity';
import { SurveillanceDeviceEntity } from '../modules/devices/surveillance-device.entity';
import { DeviceReadingEntity } from '../modules/devices/device-reading.entity';
import { LedgerEntryEntity } from '../modules/ledgers/ledger-entry.entity';
import { OtherInfoKindEntity } from '../modules/other-info/other-info-kind.entity';
import { OtherEnforcementInfoEntity } from '../modules/other-info/other-enforcement-info.entity';
import { SubscriptionEntity } from '../modules/subscriptions/subscription.entity';
import { WebhookAttemptEntity } from '../modules/webhooks/webhook-attempt.entity';
import { DeadLetterEntity } from '../modules/webhooks/dead-letter.entity';
import { EvidenceFileEntity } from '../modules/evidence/evidence-file.entity';
import { EvidenceCustodyEntity } from '../modules/evidence/evidence-custody.entity';
import { ExportJobEntity } from '../modules/exports/export-job.entity';
import { SavedReportEntity } from '../modules/reports/saved-report.entity';
import { ReportRunEntity } from '../modules/reports/report-run.entity';
import { IdNumberSearchWindowEntity } from '../modules/id-number-searches/id-number-search-window.entity';
import { DeadlineEntity } from '../modules/deadlines/deadline.entity';
import { DeadlineChangeEntity } from '../modules/deadlines/deadline-change.entity';
import { SharingGapExplanationEntity } from '../modules/sharing-gaps/sharing-gap-explanation.entity';

/** Every entity the hub maps; the DataSource (app and migration CLI) takes this list. */
export const ENTITIES = [
  UnitEntity,
  ApiKeyEntity,
  UserAccountEntity,
  AuditEntryEntity,
  DevolvedMatterEntity,
  DevolvedMatterTownshipEntity,
  LicensingDecisionEntity,
  PenaltyDecisionEntity,
  RecordVersionEntity,
  ChangeEventEntity,
  NormativeDocumentEntity,
  ComplaintRecordEntity,
  SurveillanceDeviceEntity,
  DeviceReadingEntity,
  LedgerEntryEntity,
  OtherInfoKindEntity,
  OtherEnforcementInfoEntity,
  SubscriptionEntity,
  WebhookAttemptEntity,
  DeadLetterEntity,
  EvidenceFileEntity,
  EvidenceCustodyEntity,
  ExportJobEntity,
  SavedReportEntity,
  ReportRunEntity,
  IdNumberSearchWindowEntity,
  DeadlineEntity,
  DeadlineChangeEntity,
  SharingGapExplanationEntity,
];
