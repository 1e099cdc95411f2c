import type { HubEvent as HubEventModel } from '@hub/shared-schema/events/model';

/**
 * One change from the hub's log, as the pull feed and webhooks deliver it (CloudEvents 1.0 shape):
 * the shared-schema model as it arrives in JSON (time as text), with the record's data spelt out.
 */
export type HubEvent = Omit<HubEventModel, 'time' | 'category' | 'townshipCode' | 'matterCode' | 'data'> & {
  time: string;
  category: string;
  townshipCode?: string | null;
  matterCode?: string | null;
  /** `{ id, version, sourceId, publisherCode, record }`; personal data masked unless the reader may see it. */
  data: {
    id: string;
    version: number;
    sourceId: string;
    publisherCode: string;
    record: Record<string, unknown>;
    revokeReason?: string;
    reinstateReason?: string;
  };
};

export const HUB_EVENT_FIELDS = 'position id specversion source type subject time datacontenttype category townshipCode matterCode data';
