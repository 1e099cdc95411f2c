import { COMPLAINTS_FIELDS } from '@hub/shared-schema/complaints/fields';
import { DEVICES_FIELDS } from '@hub/shared-schema/devices/fields';
import { LEDGERS_FIELDS } from '@hub/shared-schema/ledgers/fields';
import { LICENSING_FIELDS } from '@hub/shared-schema/licensing/fields';
import { NORMATIVE_FIELDS } from '@hub/shared-schema/normative/fields';
import { OTHER_INFO_FIELDS } from '@hub/shared-schema/other-info/fields';
import { PENALTIES_FIELDS } from '@hub/shared-schema/penalties/fields';
import { RECORD_EXPORT_HEADERS, RecordExportCategory } from '@hub/shared-schema/reference/record-export-headers';
import type { PublishCategory, PublishInputs } from '../publish-categories';
import { CategoryFields, FieldSpec } from './field-spec';

/*
 * The fields of each category's input type (libs/shared-schema/schema.graphql; category-fields.spec.ts
 * compares them), with the Chinese column headers a department's export is likely to use: each
 * category's field table in the shared schema (`<category>/fields.ts`, plain data the SDK loads without
 * server code), plus the headers of the hub's own exports from the same folder (RECORD_EXPORT_HEADERS),
 * so an export can be pushed back. The types below check each table against its input type.
 */

const licensing: CategoryFields<PublishInputs['licensing']> = LICENSING_FIELDS;

const penalty: CategoryFields<PublishInputs['penalty']> = PENALTIES_FIELDS;

const normative: CategoryFields<PublishInputs['normative']> = NORMATIVE_FIELDS;

const complaint: CategoryFields<PublishInputs['complaint']> = COMPLAINTS_FIELDS;

const device: CategoryFields<PublishInputs['device']> = DEVICES_FIELDS;

const ledger: CategoryFields<PublishInputs['ledger']> = LEDGERS_FIELDS;

const otherInfo: CategoryFields<PublishInputs['otherInfo']> = OTHER_INFO_FIELDS;

const EXPORT_CATEGORY: Readonly<Record<PublishCategory, RecordExportCategory | null>> = {
  licensing: 'LICENSING',
  penalty: 'PENALTY',
  normative: 'NORMATIVE',
  complaint: 'COMPLAINT',
  device: 'DEVICE',
  ledger: null,
  otherInfo: 'OTHER',
};

/** Each field's export header becomes one more label (ledger entries are not exported as records). */
function withExportHeaders<T>(fields: CategoryFields<T>, category: PublishCategory): CategoryFields<T> {
  const exported = EXPORT_CATEGORY[category];
  const headers: Readonly<Record<string, string>> = exported ? RECORD_EXPORT_HEADERS[exported] : {};
  const entries = Object.entries(fields as Record<string, FieldSpec>).map(([name, spec]) => {
    const header = Object.hasOwn(headers, name) ? headers[name] : undefined;
    return [name, header && !spec.labels.includes(header) ? { ...spec, labels: [...spec.labels, header] } : spec];
  });
  return Object.fromEntries(entries) as CategoryFields<T>;
}

export const CATEGORY_FIELDS: { readonly [C in PublishCategory]: CategoryFields<PublishInputs[C]> } = {
  licensing: withExportHeaders(licensing, 'licensing'),
  penalty: withExportHeaders(penalty, 'penalty'),
  normative: withExportHeaders(normative, 'normative'),
  complaint: withExportHeaders(complaint, 'complaint'),
  device: withExportHeaders(device, 'device'),
  ledger: withExportHeaders(ledger, 'ledger'),
  otherInfo: withExportHeaders(otherInfo, 'otherInfo'),
};

/** Export columns that are no field of a category (the publishing unit): not sent, and not worth a warning. */
export function exportOnlyHeaders(category: PublishCategory): readonly string[] {
  const exported = EXPORT_CATEGORY[category];
  if (!exported) return [];
  const fields = CATEGORY_FIELDS[category] as Record<string, FieldSpec>;
  return Object.entries(RECORD_EXPORT_HEADERS[exported])
    .filter(([name]) => !Object.hasOwn(fields, name))
    .map(([, header]) => header);
}
