import { LedgerEntry } from '@hub/shared-schema';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { LedgerEntryEntity } from './ledger-entry.entity';

export const toLedgerEntry = (row: LedgerEntryEntity): LedgerEntry => ({
  ...sharedRecordFields(row, false),
  entryKind: row.entryKind,
  period: row.period,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  indicator: row.indicator,
  value: row.value,
  dimensions: row.dimensions,
  title: row.title,
  body: row.body,
  requestedByCode: row.requestedByCode,
});
