import { Injectable } from '@nestjs/common';
import {
  BatchPublishResult,
  ComplaintRecord,
  ComplaintRecordInput,
  ComplaintRecordsArgs,
  Connection,
  PublishResult,
} from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { TIMESTAMP_KEY, decodeKeysetCursor, toConnection } from '../../common/pagination/cursor';
import { PersonalDataAudit } from '../personal-data/personal-data-audit.service';
import { RecordPublisher } from '../records/record-publisher.service';
import { COMPLAINTS } from './complaints.category';
import { ComplaintsRepository } from './complaints.repository';
import { fullyShownComplaints, toComplaintRecord } from './complaint.mapper';

/** §4(1)6 the shared record of reports and complaints; full views of a reporter's identity are audited (§5(1)). */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly publisher: RecordPublisher,
    private readonly complaints: ComplaintsRepository,
    private readonly personalData: PersonalDataAudit,
  ) {}

  publish(input: ComplaintRecordInput, actor: Actor): Promise<PublishResult> {
    return this.publisher.publishOne(COMPLAINTS, input, actor);
  }

  publishBatch(records: unknown[], actor: Actor, dryRun = false): Promise<BatchPublishResult> {
    return this.publisher.publish(COMPLAINTS, records, actor, { dryRun });
  }

  /** `afterField` names the cursor's argument in errors (the party profile pages under its own name). */
  async list(
    args: Partial<ComplaintRecordsArgs> & { first: number },
    reader: Actor,
    requestId: string | null,
    afterField = 'after',
  ): Promise<Connection<ComplaintRecord>> {
    const cursor = decodeKeysetCursor(args.after, TIMESTAMP_KEY, afterField);
    const after = cursor && { at: cursor.value, id: cursor.id };
    const rows = await this.complaints.page(args, after, args.first + 1);
    await this.personalData.recordFullView(
      reader,
      'complaint.read.personalData',
      fullyShownComplaints(rows.slice(0, args.first), reader),
      requestId,
    );
    return toConnection(
      rows,
      args.first,
      (r) => `${r.receivedAt.toISOString()}|${r.id}`,
      (r) => toComplaintRecord(r, reader),
    );
  }
}
