import { Foundation1764000000000 } from './1764000000000-Foundation';
import { SharedRecords1764100000000 } from './1764100000000-SharedRecords';
import { NormativeComplaintsDevices1764200000000 } from './1764200000000-NormativeComplaintsDevices';
import { LedgersOtherInfo1764300000000 } from './1764300000000-LedgersOtherInfo';
import { EventDelivery1764400000000 } from './1764400000000-EventDelivery';
import { Evidence1764500000000 } from './1764500000000-Evidence';
import { ExportJobs1764600000000 } from './1764600000000-ExportJobs';
import { PeriodicReports1764700000000 } from './1764700000000-PeriodicReports';
import { ChangeNotifications1764800000000 } from './1764800000000-ChangeNotifications';
import { ExportRetry1764910000000 } from './1764910000000-ExportRetry';
import { EvidenceLateUploads1764920000000 } from './1764920000000-EvidenceLateUploads';
import { HubAppRole1764950000000 } from './1764950000000-HubAppRole';
import { IdNumberSearchQuota1765000000000 } from './1765000000000-IdNumberSearchQuota';
import { LoginThrottle1765100000000 } from './1765100000000-LoginThrottle';
import { RecordReinstatement1765230000000 } from './1765230000000-RecordReinstatement';
import { ExportTitle1765300000000 } from './1765300000000-ExportTitle';
import { WorkingCalendar1765400000000 } from './1765400000000-WorkingCalendar';
import { Deadlines1765410000000 } from './1765410000000-Deadlines';
import { Lifecycle1765420000000 } from './1765420000000-Lifecycle';
import { CaseTransfers1765430000000 } from './1765430000000-CaseTransfers';
import { ComplaintHandling1765500000000 } from './1765500000000-ComplaintHandling';
import { AssistanceRequests1765600000000 } from './1765600000000-AssistanceRequests';
import { AssistanceDataRequests1765610000000 } from './1765610000000-AssistanceDataRequests';
import { AssistancePoliceSupport1765620000000 } from './1765620000000-AssistancePoliceSupport';
import { AssistanceCourtEnforcement1765630000000 } from './1765630000000-AssistanceCourtEnforcement';
import { DeadlineOwner1765690000000 } from './1765690000000-DeadlineOwner';
import { Supervision1765700000000 } from './1765700000000-Supervision';
import { JointMeetings1765720000000 } from './1765720000000-JointMeetings';
import { UserAccountChangeNotify1765730000000 } from './1765730000000-UserAccountChangeNotify';
import { SharingGaps1765710000000 } from './1765710000000-SharingGaps';

/**
 * Every migration, oldest first. A new migration file is added here too (a test fails when a file in
 * this folder is missing from the list). Never edit a migration after it lands: write a new one.
 */
export const MIGRATIONS = [
  Foundation1764000000000,
  SharedRecords1764100000000,
  NormativeComplaintsDevices1764200000000,
  LedgersOtherInfo1764300000000,
  EventDelivery1764400000000,
  Evidence1764500000000,
  ExportJobs1764600000000,
  PeriodicReports1764700000000,
  ChangeNotifications1764800000000,
  ExportRetry1764910000000,
  EvidenceLateUploads1764920000000,
  HubAppRole1764950000000,
  IdNumberSearchQuota1765000000000,
  LoginThrottle1765100000000,
  RecordReinstatement1765230000000,
  ExportTitle1765300000000,
  WorkingCalendar1765400000000,
  Deadlines1765410000000,
  Lifecycle1765420000000,
  CaseTransfers1765430000000,
  ComplaintHandling1765500000000,
  AssistanceRequests1765600000000,
  AssistanceDataRequests1765610000000,
  AssistancePoliceSupport1765620000000,
  AssistanceCourtEnforcement1765630000000,
  DeadlineOwner1765690000000,
  Supervision1765700000000,
  SharingGaps1765710000000,
  JointMeetings1765720000000,
  UserAccountChangeNotify1765730000000,
];
