import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  BatchPublishResult,
  DeviceReadingConnection,
  DeviceReadingsArgs,
  DeviceReadingsResult,
  PublishDeviceBatchArgs,
  PublishDeviceReadingsArgs,
  PublishResult,
  SurveillanceDeviceConnection,
  SurveillanceDeviceInput,
  SurveillanceDevicesArgs,
  SINGLE_PUBLISH_ERRORS,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { DevicesService } from './devices.service';
import { Ctx } from '../../common/context/ctx.decorator';
import { RequestContext } from '../../common/context/request-context';

@Resolver()
export class DevicesResolver {
  constructor(private readonly devicesService: DevicesService) {}

  @Mutation(() => PublishResult, {
    description: '推送监控设备 publish a surveillance device your unit set up (§4(1)5)' + SINGLE_PUBLISH_ERRORS,
  })
  @Operation('device.publish')
  publishSurveillanceDevice(@Ctx() ctx: RequestContext, @Args('input') input: SurveillanceDeviceInput) {
    return this.devicesService.publish(ctx, input);
  }

  @Mutation(() => BatchPublishResult, { description: '批量推送监控设备 up to 1,000; each answered on its own' })
  @Operation('device.publish')
  publishSurveillanceDevices(@Ctx() ctx: RequestContext, @Args() args: PublishDeviceBatchArgs) {
    return this.devicesService.publishBatch(ctx, args.records, args.dryRun);
  }

  @Mutation(() => DeviceReadingsResult, { description: '推送监控数据 up to 5,000 readings of one of your devices; resends are ignored' })
  @Operation('device.publishReadings')
  publishDeviceReadings(@Args() args: PublishDeviceReadingsArgs) {
    return this.devicesService.publishReadings(args.deviceId, args.readings);
  }

  @Query(() => SurveillanceDeviceConnection, { description: '监控设备查询 surveillance devices' })
  @Operation('records.read')
  surveillanceDevices(@Args() args: SurveillanceDevicesArgs) {
    return this.devicesService.list(args);
  }

  @Query(() => DeviceReadingConnection, { description: "监控数据查询 a device's readings in a time window [from, to), oldest first" })
  @Operation('records.read')
  deviceReadings(@Args() args: DeviceReadingsArgs) {
    return this.devicesService.readings(args);
  }
}
