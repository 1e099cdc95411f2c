import { COMPLAINTS_EXPORT_HEADERS } from '../complaints/fields';
import { DEVICES_EXPORT_HEADERS } from '../devices/fields';
import { LICENSING_EXPORT_HEADERS } from '../licensing/fields';
import { NORMATIVE_EXPORT_HEADERS } from '../normative/fields';
import { OTHER_INFO_EXPORT_HEADERS } from '../other-info/fields';
import { PENALTIES_EXPORT_HEADERS } from '../penalties/fields';

/**
 * The Chinese column headers of the hub's record exports, per export category and the input field
 * each column holds (`publisherCode` is the publishing unit, not an input field), each declared in its
 * category's field table (`<category>/fields.ts`). The exports write these headers and the connector
 * CLI recognises them, so a department can push an export back unchanged. Plain data: the connectors
 * import this file on its own, without the GraphQL decorators.
 */
export const RECORD_EXPORT_HEADERS = {
  LICENSING: LICENSING_EXPORT_HEADERS,
  PENALTY: PENALTIES_EXPORT_HEADERS,
  COMPLAINT: COMPLAINTS_EXPORT_HEADERS,
  NORMATIVE: NORMATIVE_EXPORT_HEADERS,
  DEVICE: DEVICES_EXPORT_HEADERS,
  OTHER: OTHER_INFO_EXPORT_HEADERS,
} as const;

export type RecordExportCategory = keyof typeof RECORD_EXPORT_HEADERS;
