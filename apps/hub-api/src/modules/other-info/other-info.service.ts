import { Injectable } from '@nestjs/common';
import {
  BatchPublishResult,
  Connection,
  OtherEnforcementInfo,
  OtherEnforcementInfoArgs,
  OtherEnforcementInfoInput,
  PublishResult,
} from '@hub/shared-schema';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { RecordCategoryDefinition } from '../records/record-category';
import { RecordPublisher } from '../records/record-publisher.service';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { OtherEnforcementInfoEntity } from './other-enforcement-info.entity';
import { otherInfoCategory } from './other-info.category';
import { OtherInfoKindsService } from './other-info-kinds.service';
import { OtherInfoRepository } from './other-info.repository';
import { RequestContext } from '../../common/context/request-context';

const toOtherInfo = (row: OtherEnforcementInfoEntity): OtherEnforcementInfo => ({
  ...sharedRecordFields(row, false),
  kindCode: row.kindCode,
  title: row.title,
  townshipCode: row.townshipCode,
  matterCode: row.matterCode,
  payload: row.payload,
});

@Injectable()
export class OtherInfoService {
  readonly category: RecordCategoryDefinition<OtherEnforcementInfoInput, OtherEnforcementInfoEntity>;

  constructor(
    private readonly publisher: RecordPublisher,
    private readonly records: OtherInfoRepository,
    kinds: OtherInfoKindsService,
  ) {
    this.category = otherInfoCategory(kinds);
  }

  publish(ctx: RequestContext, input: OtherEnforcementInfoInput): Promise<PublishResult> {
    return this.publisher.publishOne(ctx, this.category, input);
  }

  publishBatch(ctx: RequestContext, records: unknown[], dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(ctx, this.category, records, { dryRun });
  }

  async list(args: OtherEnforcementInfoArgs): Promise<Connection<OtherEnforcementInfo>> {
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    const rows = await this.records.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => r.id, toOtherInfo);
  }
}
