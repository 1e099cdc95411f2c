import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { RecordCategory } from '../records/enums';

/**
 * 变更事件: one entry of the hub's change log in CloudEvents 1.0 shape (specversion, id, source,
 * type, subject, time, datacontenttype, data) plus the log's own position and routing keys. A webhook
 * body is exactly these fields as JSON, so an event reads the same however it is delivered.
 */
@ObjectType({ description: '变更事件 a change to shared data, CloudEvents-shaped; a webhook receives the same fields as JSON' })
export class HubEvent {
  @Field({ description: 'Place in the change log; read after it to continue. A decimal number as a string.' })
  position!: string;

  @Field(() => ID, { description: 'Unique event id: deduplicate on it (webhook-id carries the same).' })
  id!: string;

  @Field({ description: 'CloudEvents specversion, always 1.0.' })
  specversion!: string;

  @Field({ description: 'Who made the change: `urn:jinjiang-hub:unit:<code>`.' })
  source!: string;

  @Field({ description: 'e.g. `licensing.published`, `penalty.revised`, `complaint.revoked`.' })
  type!: string;

  @Field({ description: 'The hub id of the record that changed.' })
  subject!: string;

  @Field({ description: 'When the change was made.' })
  time!: Date;

  @Field({ description: 'CloudEvents datacontenttype of `data`, always application/json.' })
  datacontenttype!: string;

  @Field(() => RecordCategory)
  category!: RecordCategory;

  @Field(() => String, { nullable: true })
  townshipCode!: string | null;

  @Field(() => String, { nullable: true })
  matterCode!: string | null;

  @Field(() => GraphQLJSON, { description: 'The record as published, personal data masked unless this reader may see it.' })
  data!: Record<string, unknown>;
}

@ObjectType({ description: "事件页 one page of a subscription's events, in log order" })
export class EventPage {
  @Field(() => [HubEvent])
  nodes!: HubEvent[];

  @Field({ description: 'Pass as `after` for the next page, and acknowledge it once the page is processed.' })
  endCursor!: string;

  @Field({ description: 'More events are already waiting.' })
  hasMore!: boolean;
}
