/**
 * The field tables of the shared categories (`<category>/fields.ts`): plain data, no decorators, so the
 * connector CLI reads them on its own.
 *
 * How a file column becomes a field of a GraphQL input, as far as the input's type needs: the hub
 * checks everything else (patterns, USCC check characters, calendar dates, references) record by
 * record. What the type needs must hold before sending, though: a value GraphQL cannot coerce (a
 * missing non-null field, an unknown enum value) fails the whole batch, not just its record.
 */
export type FieldKind =
  | 'string'
  /** String holding YYYY-MM-DD. */
  | 'date'
  /** The DateTime scalar (RFC 3339). */
  | 'dateTime'
  /** String holding an exact decimal, e.g. "5000.00". */
  | 'decimal'
  /** String holding a unified social credit code: its check character is checked before sending. */
  | 'uscc'
  /** String holding one of the 19 township codes; a cell may give the town's name (青阳街道), sent as its code. */
  | 'township'
  /** [String!]. */
  | 'list'
  /** The JSON scalar. */
  | 'json'
  | 'enum';

export interface FieldSpec {
  kind: FieldKind;
  /** Non-null without a default in the SDL: a row without it is not sent. */
  required: boolean;
  /** Column headers recognised without a mapping file besides the field's own name (the Chinese labels). */
  labels: readonly string[];
  /** For enums: each GraphQL value with the Chinese words that mean it in a cell. */
  values?: Readonly<Record<string, readonly string[]>>;
}

/** A spec for every field of input type T: the compiler finds a field of the SDL left out here. */
export type CategoryFields<T> = { readonly [K in keyof T & string]-?: FieldSpec };

type Options = { required?: boolean; labels?: readonly string[] };

export const field = (kind: Exclude<FieldKind, 'enum'>, { required = false, labels = [] }: Options = {}): FieldSpec => ({
  kind,
  required,
  labels,
});

/** `values` lists every value of the GraphQL enum E (checked by the compiler) with its Chinese words. */
export function enumField<E extends string>(
  values: Record<E, readonly string[]>,
  { required = false, labels = [] }: Options = {},
): FieldSpec {
  return { kind: 'enum', required, labels, values };
}

/** Labels every category's fields share. */
export const SOURCE_ID_FIELD = field('string', { required: true, labels: ['业务编号', '记录编号'] });
export const MATTER_CODE_LABELS: readonly string[] = ['事项编码'];
export const TOWNSHIP_LABELS: readonly string[] = ['所属镇街', '镇街代码', '镇街名称'];
