import { COMPLAINTS_SQL } from '../complaints/complaints.category';
import { DEVICES_SQL } from '../devices/devices.category';
import { LICENSING_SQL } from '../licensing/licensing.category';
import { NORMATIVE_SQL } from '../normative/normative.category';
import { OTHER_INFO_SQL } from '../other-info/other-info.category';
import { PENALTIES_SQL } from '../penalties/penalties.category';
import { CategorySql } from '../records/category-sql';

/**
 * The sources statistics count: each category's SQL facts, declared beside its RecordCategory
 * declaration (`<category>.category.ts`). Record exports read the same declarations. A new source
 * (case transfers, assistance requests …) is its declaration plus a line here.
 */
export const STATISTICS_SOURCES: readonly CategorySql[] = [
  LICENSING_SQL,
  PENALTIES_SQL,
  COMPLAINTS_SQL,
  NORMATIVE_SQL,
  DEVICES_SQL,
  OTHER_INFO_SQL,
];
