import { chineseEnum } from '../common/chinese-names';

export enum DeviceKind {
  CAMERA = 'CAMERA',
  NOISE_MONITOR = 'NOISE_MONITOR',
  AIR_MONITOR = 'AIR_MONITOR',
  WATER_MONITOR = 'WATER_MONITOR',
  OTHER = 'OTHER',
}
/** 设备类型 in words a reader reads. */
export const DEVICE_KIND_NAMES = chineseEnum(DeviceKind, 'DeviceKind', '设备类型 surveillance device kind', {
  CAMERA: ['视频监控', 'camera'],
  NOISE_MONITOR: ['噪声监测', 'noise monitor'],
  AIR_MONITOR: ['大气监测', 'air monitor'],
  WATER_MONITOR: ['水质监测', 'water monitor'],
  OTHER: ['其他', 'other'],
});

export enum DeviceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  FAULTY = 'FAULTY',
}
/** 设备状态 in words a reader reads. */
export const DEVICE_STATUS_NAMES = chineseEnum(DeviceStatus, 'DeviceStatus', '设备状态 device status', {
  ACTIVE: ['正常运行', 'in service'],
  INACTIVE: ['停用', 'out of service'],
  FAULTY: ['故障', 'faulty'],
});
