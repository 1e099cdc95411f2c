import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '../common/chinese-names';

export enum DeviceKind {
  CAMERA = 'CAMERA',
  NOISE_MONITOR = 'NOISE_MONITOR',
  AIR_MONITOR = 'AIR_MONITOR',
  WATER_MONITOR = 'WATER_MONITOR',
  OTHER = 'OTHER',
}
/** 设备类型 in words a reader reads. */
export const DEVICE_KIND_NAMES: Record<DeviceKind, string> = {
  CAMERA: '视频监控',
  NOISE_MONITOR: '噪声监测',
  AIR_MONITOR: '大气监测',
  WATER_MONITOR: '水质监测',
  OTHER: '其他',
};
registerEnumType(DeviceKind, {
  name: 'DeviceKind',
  description: '设备类型 surveillance device kind',
  valuesMap: describedValues(DEVICE_KIND_NAMES, {
    CAMERA: 'camera',
    NOISE_MONITOR: 'noise monitor',
    AIR_MONITOR: 'air monitor',
    WATER_MONITOR: 'water monitor',
    OTHER: 'other',
  }),
});

export enum DeviceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  FAULTY = 'FAULTY',
}
/** 设备状态 in words a reader reads. */
export const DEVICE_STATUS_NAMES: Record<DeviceStatus, string> = {
  ACTIVE: '正常运行',
  INACTIVE: '停用',
  FAULTY: '故障',
};
registerEnumType(DeviceStatus, {
  name: 'DeviceStatus',
  description: '设备状态 device status',
  valuesMap: describedValues(DEVICE_STATUS_NAMES, { ACTIVE: 'in service', INACTIVE: 'out of service', FAULTY: 'faulty' }),
});
