import { ErrorCode, NormativeDocumentInput, RecordCategory } from '@hub/shared-schema';
import { RecordCategoryDefinition } from '../records/record-category';
import { NormativeDocumentEntity } from './normative-document.entity';

/** §4(1)1 normative documents; a change notifies the towns holding the matters it governs. */
export const NORMATIVE: RecordCategoryDefinition<NormativeDocumentInput, NormativeDocumentEntity> = {
  category: RecordCategory.NORMATIVE,
  eventPrefix: 'normative',
  entity: NormativeDocumentEntity,
  inputClass: NormativeDocumentInput,
  personalFields: [],
  check(input, { matters }) {
    const unknown = input.matterCodes.find((code) => !matters.has(code));
    if (unknown) return { code: ErrorCode.NOT_FOUND, field: 'matterCodes', message: `devolved matter ${unknown} is not in the catalog` };
    if (input.repealedOn && input.repealedOn < input.effectiveFrom) {
      return { code: ErrorCode.BAD_USER_INPUT, field: 'repealedOn', message: 'must not be before effectiveFrom' };
    }
    return null;
  },
  toColumns: (input) => ({
    kind: input.kind,
    title: input.title,
    documentNumber: input.documentNumber ?? null,
    issuingBody: input.issuingBody,
    effectiveFrom: input.effectiveFrom,
    repealedOn: input.repealedOn ?? null,
    matterCodes: [...new Set(input.matterCodes)].sort(),
    attachmentRef: input.attachmentRef ?? null,
  }),
  eventKeys: (c) => ({ townshipCode: null, matterCode: c.matterCodes[0] ?? null, partyKey: null }),
  // §4(1)1: when a normative document changes, the department must notify the towns concerned.
  recipientsOf: (c, matters) => {
    const towns = new Set(c.matterCodes.flatMap((code) => (matters.get(code)?.townships ?? []).map((t) => t.townshipCode)));
    return towns.size ? [...towns].sort() : null;
  },
};
