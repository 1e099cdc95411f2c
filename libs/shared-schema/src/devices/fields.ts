import type { DeviceKind, DeviceStatus } from './enums';
import { enumField, field, SOURCE_ID_FIELD, TOWNSHIP_LABELS } from '../records/field-spec';

const required = true;

/** The Chinese column headers of the hub's record export, per field (`publisherCode` is the publishing unit, not an input field). */
export const DEVICES_EXPORT_HEADERS = {
  deviceCode: '设备编号',
  deviceKind: '设备类别',
  location: '安装位置',
  latitude: '纬度',
  longitude: '经度',
  townshipCode: '镇街',
  status: '状态',
  publisherCode: '所属单位',
  sourceId: '来源编号',
} as const;

/**
 * The fields of the category's publish input as a file's columns name them: each field's kind and the
 * Chinese headers a unit's own export is likely to use. The connector CLI reads it (category-fields.ts);
 * the export headers above are added to the labels there, so a hub export can be pushed back.
 */
export const DEVICES_FIELDS = {
  sourceId: SOURCE_ID_FIELD,
  deviceCode: field('string', { required, labels: ['设备编号'] }),
  deviceKind: enumField<`${DeviceKind}`>(
    { CAMERA: ['视频监控'], AIR_MONITOR: ['大气监测'], NOISE_MONITOR: ['噪声监测'], WATER_MONITOR: ['水质监测'], OTHER: ['其他'] },
    { required, labels: ['设备类型'] },
  ),
  location: field('string', { required, labels: ['安装位置', '位置'] }),
  latitude: field('string', { labels: ['纬度'] }),
  longitude: field('string', { labels: ['经度'] }),
  townshipCode: field('township', { labels: TOWNSHIP_LABELS }),
  status: enumField<`${DeviceStatus}`>(
    { ACTIVE: ['正常', '在用'], FAULTY: ['故障'], INACTIVE: ['停用'] },
    { required, labels: ['设备状态'] },
  ),
};
