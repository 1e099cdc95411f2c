import type { PublishOutcome } from '@hub/shared-schema/records/enums';

/** What publishing did to one record, as the hub answered it. */
export interface RecordOutcome {
  /** Position of the record in the records given to `publish` (or `publishAll`), 0-based. */
  index: number;
  sourceId: string;
  /** True when the hub holds the record as sent: CREATED, REVISED or UNCHANGED (not REJECTED, nor WITHDRAWN: reinstate it first). */
  ok: boolean;
  outcome: `${PublishOutcome}`;
  /** The hub's id and current version of the record; null when rejected. */
  id: string | null;
  version: number | null;
  /** Why it was refused (a withdrawn record: CONFLICT on sourceId, with the withdrawal's reason): the hub's stable code (e.g. BAD_USER_INPUT, NOT_FOUND), field and message. */
  code: string | null;
  field: string | null;
  message: string | null;
}

/** One entry of the hub's BatchPublishResult.results. */
export interface PublishResultBody {
  index: number;
  sourceId: string;
  outcome: `${PublishOutcome}`;
  id: string | null;
  version: number | null;
  error: { code: string; field: string | null; message: string } | null;
}

export const PUBLISH_RESULT_FIELDS = 'index sourceId outcome id version error { code field message }';

export function toRecordOutcome(result: PublishResultBody, offset = 0): RecordOutcome {
  return {
    index: offset + result.index,
    sourceId: result.sourceId,
    ok: result.outcome !== 'REJECTED' && result.outcome !== 'WITHDRAWN',
    outcome: result.outcome,
    id: result.id,
    version: result.version,
    code: result.error?.code ?? null,
    field: result.error?.field ?? null,
    message: result.error?.message ?? null,
  };
}
