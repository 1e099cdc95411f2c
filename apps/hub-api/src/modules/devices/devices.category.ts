import {
  DEVICE_KIND_NAMES,
  DEVICE_STATUS_NAMES,
  RECORD_EXPORT_HEADERS,
  RecordCategory,
  StatisticsSource,
  SurveillanceDeviceInput,
} from '@hub/shared-schema';
import { fixedDecimal } from '../../common/decimal';
import { CategorySql, shanghaiDate, townshipCell, unitDimension } from '../records/category-sql';
import { RecordCategoryDefinition } from '../records/record-category';
import { SurveillanceDeviceEntity } from './surveillance-device.entity';

const H = RECORD_EXPORT_HEADERS.DEVICE;

/** §4(1)5 surveillance devices in SQL: what statistics and record exports read (records/category-sql.ts). */
export const DEVICES_SQL: CategorySql = {
  source: StatisticsSource.DEVICE,
  category: RecordCategory.DEVICE,
  table: 'surveillance_device',
  date: shanghaiDate('r.published_at'),
  dimensions: {
    TOWNSHIP: unitDimension('r.township_code'),
    UNIT: unitDimension('r.publisher_code'),
    STATUS: { sql: 'r.status', names: DEVICE_STATUS_NAMES },
    KIND: { sql: 'r.device_kind', names: DEVICE_KIND_NAMES },
  },
  measures: {},
  exportColumns: [
    { header: H.deviceCode, sql: 'r.device_code' },
    { header: H.deviceKind, sql: 'r.device_kind', names: DEVICE_KIND_NAMES },
    { header: H.location, sql: 'r.location' },
    { header: H.latitude, sql: 'r.latitude::text', kind: 'coordinate' },
    { header: H.longitude, sql: 'r.longitude::text', kind: 'coordinate' },
    { header: H.townshipCode, ...townshipCell },
    { header: H.status, sql: 'r.status', names: DEVICE_STATUS_NAMES },
    { header: H.publisherCode, sql: 'r.publisher_code' },
    { header: H.sourceId, sql: 'r.source_id' },
  ],
};

/** §4(1)5 surveillance devices set up by any unit, published by their owner. */
export const DEVICES: RecordCategoryDefinition<SurveillanceDeviceInput, SurveillanceDeviceEntity> = {
  category: RecordCategory.DEVICE,
  eventPrefix: 'device',
  sql: DEVICES_SQL,
  entity: SurveillanceDeviceEntity,
  inputClass: SurveillanceDeviceInput,
  personalFields: [],
  check: () => null,
  toColumns: (input) => ({
    deviceCode: input.deviceCode,
    deviceKind: input.deviceKind,
    location: input.location,
    latitude: input.latitude ? fixedDecimal(input.latitude, 6) : null,
    longitude: input.longitude ? fixedDecimal(input.longitude, 6) : null,
    townshipCode: input.townshipCode ?? null,
    status: input.status,
  }),
  eventKeys: (c) => ({ townshipCode: c.townshipCode, matterCode: null, partyKey: null }),
};
