import { registerEnumType } from '@nestjs/graphql';

/** An enum object as `chineseEnum` and `describedEnum` return it: each value named by itself. */
export type EnumObject<V extends string> = { readonly [K in V]: K };

/** The union of an enum object's values, declared beside the object under the same name. */
export type EnumValue<T extends Record<string, string>> = T[keyof T];

const CHINESE_NAMES = new WeakMap<object, Record<string, string>>();

/**
 * An enum's values described as `中文名 English` for the GraphQL schema, the Chinese name taken from the
 * enum's one table of names (the same table exports and statistics labels read), so they cannot drift.
 */
export function describedValues<E extends string>(
  names: Record<E, string>,
  english: Record<E, string>,
): Record<E, { description: string }> {
  return Object.fromEntries(
    (Object.keys(names) as E[]).map((value) => [value, { description: `${names[value]} ${english[value]}` }]),
  ) as Record<E, { description: string }>;
}

/** The enum object whose values are the keys of `table`, in the order they are written. */
function enumObjectOf<V extends string>(table: Record<V, unknown>): EnumObject<V> {
  return Object.freeze(Object.fromEntries(Object.keys(table).map((value) => [value, value]))) as EnumObject<V>;
}

/**
 * Declares an enum once, from its table of names: each value is written one time, with its Chinese and
 * English name. Registers it with GraphQL (each value described `中文名 English`) and returns the enum
 * object; `chineseNames` gives its table of Chinese names back.
 *
 *     export const ComplaintChannel = chineseEnum('ComplaintChannel', '来源 …', { REPORT: ['举报', 'report'], … });
 *     export type ComplaintChannel = EnumValue<typeof ComplaintChannel>;
 */
export function chineseEnum<V extends string>(
  name: string,
  description: string,
  entries: Record<V, readonly [chinese: string, english: string]>,
): EnumObject<V> {
  const enumObject = enumObjectOf(entries);
  const values = Object.keys(entries) as V[];
  const names = Object.fromEntries(values.map((value) => [value, entries[value][0]])) as Record<V, string>;
  const english = Object.fromEntries(values.map((value) => [value, entries[value][1]])) as Record<V, string>;
  registerEnumType(enumObject, { name, description, valuesMap: describedValues(names, english) });
  CHINESE_NAMES.set(enumObject, names);
  return enumObject;
}

/** The table of Chinese names of an enum declared with `chineseEnum`, for exports, statistics and letters. */
export function chineseNames<V extends string>(enumObject: EnumObject<V>): Record<V, string> {
  const names = CHINESE_NAMES.get(enumObject);
  if (!names) throw new Error('chineseNames: the enum was not declared with chineseEnum');
  return names;
}

/**
 * Declares an enum whose values need a whole description rather than a name (a scope, a mode): each
 * value written once with it. Registers it with GraphQL and returns the enum object.
 */
export function describedEnum<V extends string>(name: string, description: string, descriptions: Record<V, string>): EnumObject<V> {
  const enumObject = enumObjectOf(descriptions);
  const valuesMap = Object.fromEntries(
    (Object.keys(descriptions) as V[]).map((value) => [value, { description: descriptions[value] }]),
  ) as Record<V, { description: string }>;
  registerEnumType(enumObject, { name, description, valuesMap });
  return enumObject;
}

/** Declares an enum whose values say themselves (CSV, XLSX, DAY …): registers it with GraphQL, returns the enum object. */
export function namedEnum<const V extends string>(name: string, description: string, values: readonly V[]): EnumObject<V> {
  const enumObject = enumObjectOf(Object.fromEntries(values.map((value) => [value, value])) as Record<V, V>);
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
