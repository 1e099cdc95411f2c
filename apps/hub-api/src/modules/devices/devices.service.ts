import { Injectable } from '@nestjs/common';
import {
  Connection,
  DeviceReading,
  DeviceReadingsArgs,
  DeviceReadingsResult,
  SurveillanceDevice,
  SurveillanceDeviceInput,
  SurveillanceDevicesArgs,
} from '@hub/shared-schema';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { CategoryPublishing } from '../records/category-publishing';
import { RecordPublisher } from '../records/record-publisher.service';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { DEVICES } from './devices.category';
import { DeviceErrors } from './devices.errors';
import { DevicesRepository, NewReading } from './devices.repository';
import { SurveillanceDeviceEntity } from './surveillance-device.entity';

const toDevice = (row: SurveillanceDeviceEntity): SurveillanceDevice => ({
  ...sharedRecordFields(row, false),
  deviceCode: row.deviceCode,
  deviceKind: row.deviceKind,
  location: row.location,
  latitude: row.latitude,
  longitude: row.longitude,
  townshipCode: row.townshipCode,
  status: row.status,
});

const READING_CURSOR = /^(.{20,40})\|([A-Za-z0-9._-]{1,50})$/;

@Injectable()
export class DevicesService extends CategoryPublishing<SurveillanceDeviceInput, SurveillanceDeviceEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly devices: DevicesRepository,
  ) {
    super(publisher, DEVICES);
  }

  async list(args: SurveillanceDevicesArgs): Promise<Connection<SurveillanceDevice>> {
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    const rows = await this.devices.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => r.id, toDevice);
  }

  async publishReadings(deviceId: string, readings: NewReading[]): Promise<DeviceReadingsResult> {
    const device = await this.devices.findDevice(deviceId);
    if (!device || device.revokedAt) throw DeviceErrors.notFound(deviceId);
    const stored = await this.devices.insertReadings(deviceId, readings);
    return { stored, duplicates: readings.length - stored };
  }

  async readings(args: DeviceReadingsArgs): Promise<Connection<DeviceReading>> {
    if (args.to <= args.from) throw DeviceErrors.windowEndsBeforeStart();
    let after: { at: string; kind: string } | null = null;
    if (args.after) {
      const match = READING_CURSOR.exec(decodeCursor(args.after, 'after'));
      if (!match || Number.isNaN(Date.parse(match[1]))) throw DeviceErrors.badCursor();
      after = { at: match[1], kind: match[2] };
    }
    const rows = await this.devices.window(args.deviceId, args.from, args.to, args.kind, after, args.first + 1);
    // Readings exist only for a device that exists (foreign key): only an empty window asks.
    if (!rows.length && !(await this.devices.findDevice(args.deviceId))) throw DeviceErrors.notFound(args.deviceId);
    return toConnection(
      rows,
      args.first,
      (r) => `${r.observedAt.toISOString()}|${r.kind}`,
      (r) => ({ observedAt: r.observedAt, kind: r.kind, reading: r.reading }),
    );
  }
}
