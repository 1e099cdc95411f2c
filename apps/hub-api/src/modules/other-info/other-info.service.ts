import { Injectable } from '@nestjs/common';
import { Connection, OtherEnforcementInfo, OtherEnforcementInfoArgs, OtherEnforcementInfoInput } from '@hub/shared-schema';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { CategoryPublishing } from '../records/category-publishing';
import { RecordPublisher } from '../records/record-publisher.service';
import { sharedRecordFields } from '../records/shared-record.mapper';
import { OtherEnforcementInfoEntity } from './other-enforcement-info.entity';
import { otherInfoCategory } from './other-info.category';
import { OtherInfoKindsService } from './other-info-kinds.service';
import { OtherInfoRepository } from './other-info.repository';

const toOtherInfo = (row: OtherEnforcementInfoEntity): OtherEnforcementInfo => ({
  ...sharedRecordFields(row, false),
  kindCode: row.kindCode,
  title: row.title,
  townshipCode: row.townshipCode,
  matterCode: row.matterCode,
  payload: row.payload,
});

@Injectable()
export class OtherInfoService extends CategoryPublishing<OtherEnforcementInfoInput, OtherEnforcementInfoEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly records: OtherInfoRepository,
    kinds: OtherInfoKindsService,
  ) {
    super(publisher, otherInfoCategory(kinds));
  }

  async list(args: OtherEnforcementInfoArgs): Promise<Connection<OtherEnforcementInfo>> {
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    const rows = await this.records.page(args, after, args.first + 1);
    return toConnection(rows, args.first, (r) => r.id, toOtherInfo);
  }
}
