import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';
import { ComplaintRecord, ComplaintRecordInput, ComplaintRecordsArgs, Connection } from '@hub/shared-schema';
import { TIMESTAMP_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { ComplaintRecordEntity } from './complaint-record.entity';
import { CategoryPublishing } from '../records/category-publishing';
import { RecordPublisher } from '../records/record-publisher.service';
import { COMPLAINTS } from './complaints.category';
import { ComplaintsRepository } from './complaints.repository';
import { fullyShownComplaints, toComplaintRecord } from './complaint.mapper';

/** §4(1)6 the shared record of reports and complaints; full views of a reporter's identity are audited (§5(1)). */
@Injectable()
export class ComplaintsService extends CategoryPublishing<ComplaintRecordInput, ComplaintRecordEntity> {
  constructor(
    publisher: RecordPublisher,
    private readonly complaints: ComplaintsRepository,
    private readonly personalData: PersonalDataAudit,
  ) {
    super(publisher, COMPLAINTS);
  }

  /** `afterField` names the cursor's argument in errors (the party profile pages under its own name). */
  async list(
    ctx: RequestContext,
    args: Partial<ComplaintRecordsArgs> & { first: number },
    afterField = 'after',
  ): Promise<Connection<ComplaintRecord>> {
    const reader = ctx.authenticatedActor;
    const cursor = decodeKeysetCursor(args.after, TIMESTAMP_KEY, afterField);
    const after = cursor && { at: cursor.value, id: cursor.id };
    const rows = await this.complaints.page(args, after, args.first + 1);
    await this.personalData.recordFullView(ctx, 'complaint.read.personalData', fullyShownComplaints(rows.slice(0, args.first), reader));
    return toConnection(
      rows,
      args.first,
      (r) => `${r.receivedAt.toISOString()}|${r.id}`,
      (r) => toComplaintRecord(r, reader),
    );
  }
}
