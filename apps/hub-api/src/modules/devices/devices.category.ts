import { RecordCategory, SurveillanceDeviceInput } from '@hub/shared-schema';
import { fixedDecimal } from '../../common/decimal';
import { RecordCategoryDefinition } from '../records/record-category';
import { SurveillanceDeviceEntity } from './surveillance-device.entity';

/** §4(1)5 surveillance devices set up by any unit, published by their owner. */
export const DEVICES: RecordCategoryDefinition<SurveillanceDeviceInput, SurveillanceDeviceEntity> = {
  category: RecordCategory.DEVICE,
  eventPrefix: 'device',
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
