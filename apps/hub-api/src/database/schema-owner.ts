import { DataSource, Migration } from 'typeorm';
import { SystemClock } from '../common/time/clock';
import { CalendarRepository } from '../modules/calendar/calendar.repository';
import { referenceCalendarYears } from '../modules/calendar/reference-calendar';
import { cityJointMeetingMembers } from '../modules/joint-meetings/joint-meeting-members';
import { JointMeetingsRepository } from '../modules/joint-meetings/joint-meetings.repository';
import { JOINT_MEETING_OFFICE_CODE, referenceUnits } from '../modules/units/reference-units';
import { UnitsRepository } from '../modules/units/units.repository';
import { dataSourceOptions } from './data-source-options';
import { TransactionRunner } from './transaction-runner';

/**
 * What only the schema owner may do: apply pending migrations, then seed the reference units and the
 * working calendar (idempotent). The hub at start-up (HUB_RUN_MIGRATIONS, over DATABASE_OWNER_URL) and the migrate CLI
 * both call this, each with its own short-lived connection, so the hub's own pool stays hub_app's.
 */
export async function migrateAndSeed(dataSource: DataSource): Promise<Migration[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  // Before any hub exists (and in the migrate CLI): the wall clock dates a refreshed unit.
  const tx = new TransactionRunner(dataSource);
  await new UnitsRepository(tx, new SystemClock()).upsertReference(referenceUnits());
  // §4(4): the city's joint meeting and its member units, once; afterwards its members are the admins' to change.
  await new JointMeetingsRepository(tx).seedCityBody(
    '晋江市综合行政执法联席会议',
    JOINT_MEETING_OFFICE_CODE,
    cityJointMeetingMembers(referenceUnits()),
    new SystemClock().now(),
  );
  // The working calendar from chinese-days: years not held yet; an administrator's year is never touched.
  await new CalendarRepository(tx, new SystemClock()).seed(referenceCalendarYears());
  return applied;
}

export async function migrateAndSeedAt(ownerUrl: string): Promise<Migration[]> {
  const dataSource = new DataSource(dataSourceOptions(ownerUrl, 1));
  await dataSource.initialize();
  try {
    return await migrateAndSeed(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
