import { Injectable } from '@nestjs/common';
import { BatchPublishResult, ComplaintRecord, ComplaintRecordInput, ComplaintRecordsArgs, Connection, PublishResult } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { InputError } from '../../common/errors/domain-error';
import { decodeCursor, toConnection } from '../../common/pagination/cursor';
import { PersonalDataAudit } from '../records/personal-data-audit.service';
import { RecordPublisher } from '../records/record-publisher.service';
import { COMPLAINTS } from './complaints.category';
import { ComplaintsRepository } from './complaints.repository';
import { fullyShownComplaints, toComplaintRecord } from './complaint.mapper';

const CURSOR = /^([0-9T:.\-Z]{20,30})\|([0-9a-f-]{36})$/;

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

  publishBatch(records: unknown[], actor: Actor): Promise<BatchPublishResult> {
    return this.publisher.publish(COMPLAINTS, records, actor);
  }

  async list(args: Partial<ComplaintRecordsArgs> & { first: number }, reader: Actor, requestId: string | null): Promise<Connection<ComplaintRecord>> {
    let after: { at: string; id: string } | null = null;
    if (args.after) {
      const match = CURSOR.exec(decodeCursor(args.after, 'after'));
      if (!match) throw new InputError('after', 'is not a cursor returned by this API');
      after = { at: match[1], id: match[2] };
    }
    const rows = await this.complaints.page(args, after, args.first + 1);
    await this.personalData.recordFullView(reader, 'complaint.read.personalData', fullyShownComplaints(rows.slice(0, args.first), reader), requestId);
    return toConnection(rows, args.first, (r) => `${r.receivedAt.toISOString()}|${r.id}`, (r) => toComplaintRecord(r, reader));
  }
}
