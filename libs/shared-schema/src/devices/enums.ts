import { chineseEnum, chineseNames, EnumValue } from '../common/chinese-names';

export const DeviceKind = chineseEnum('DeviceKind', '设备类型 surveillance device kind', {
  CAMERA: ['视频监控', 'camera'],
  NOISE_MONITOR: ['噪声监测', 'noise monitor'],
  AIR_MONITOR: ['大气监测', 'air monitor'],
  WATER_MONITOR: ['水质监测', 'water monitor'],
  OTHER: ['其他', 'other'],
});
export type DeviceKind = EnumValue<typeof DeviceKind>;
/** 设备类型 in words a reader reads. */
export const DEVICE_KIND_NAMES = chineseNames(DeviceKind);

export const DeviceStatus = chineseEnum('DeviceStatus', '设备状态 device status', {
  ACTIVE: ['正常运行', 'in service'],
  INACTIVE: ['停用', 'out of service'],
  FAULTY: ['故障', 'faulty'],
});
export type DeviceStatus = EnumValue<typeof DeviceStatus>;
/** 设备状态 in words a reader reads. */
export const DEVICE_STATUS_NAMES = chineseNames(DeviceStatus);
