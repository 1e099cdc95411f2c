import { ErrorCode, LedgerEntryInput, LedgerEntryKind, RecordCategory } from '@hub/shared-schema';
import { fixedDecimal } from '../../common/decimal';
import { RecordCategoryDefinition } from '../records/record-category';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { periodBounds } from './period';

/** §4(1)4 statistics, work summaries and ledgers, including material a department asked a town for. */
export const LEDGERS: RecordCategoryDefinition<LedgerEntryInput, LedgerEntryEntity> = {
  category: RecordCategory.LEDGER,
  eventPrefix: 'ledger',
  entity: LedgerEntryEntity,
  inputClass: LedgerEntryInput,
  personalFields: [],
  handlingUnitsOf: (row) => (row.requestedByCode ? [row.requestedByCode] : []),
  check(input, { unitCodes }) {
    if (input.entryKind === LedgerEntryKind.INDICATOR && (!input.indicator || !input.value)) {
      return {
        code: ErrorCode.BAD_USER_INPUT,
        field: input.indicator ? 'value' : 'indicator',
        message: 'an INDICATOR needs indicator and value',
      };
    }
    if (input.entryKind === LedgerEntryKind.WORK_SUMMARY && (!input.title || !input.body)) {
      return { code: ErrorCode.BAD_USER_INPUT, field: input.title ? 'body' : 'title', message: 'a WORK_SUMMARY needs title and body' };
    }
    const badDimension = Object.entries(input.dimensions ?? {}).find(([k, v]) => typeof v !== 'string' || k.length > 50 || v.length > 200);
    if (badDimension)
      return { code: ErrorCode.BAD_USER_INPUT, field: `dimensions.${badDimension[0]}`, message: 'dimensions are short text values' };
    if (input.requestedByCode && !unitCodes.has(input.requestedByCode)) {
      return { code: ErrorCode.NOT_FOUND, field: 'requestedByCode', message: `unit ${input.requestedByCode} not found` };
    }
    return null;
  },
  toColumns: (input) => {
    const { start, end } = periodBounds(input.period);
    return {
      entryKind: input.entryKind,
      period: input.period,
      periodStart: start,
      periodEnd: end,
      indicator: input.indicator ?? null,
      value: input.value ? fixedDecimal(input.value, 4) : null,
      dimensions: input.dimensions ?? {},
      title: input.title ?? null,
      body: input.body ?? null,
      requestedByCode: input.requestedByCode ?? null,
    };
  },
  eventKeys: () => ({ townshipCode: null, matterCode: null, partyKey: null }),
  // §4(1)4: the department that asked a town for the material is told when it arrives.
  recipientsOf: (c) => (c.requestedByCode ? [c.requestedByCode] : null),
};
