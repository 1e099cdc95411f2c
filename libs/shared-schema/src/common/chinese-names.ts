import { registerEnumType } from '@nestjs/graphql';

/**
 * An enum's values described as `中文名 English` for the GraphQL schema, the Chinese name taken from the
 * enum's one table of names (the same table exports and ledger labels read), so they cannot drift.
 */
export function describedValues<E extends string>(
  names: Record<E, string>,
  english: Record<E, string>,
): Record<E, { description: string }> {
  return Object.fromEntries(
    (Object.keys(names) as E[]).map((value) => [value, { description: `${names[value]} ${english[value]}` }]),
  ) as Record<E, { description: string }>;
}

/**
 * Declares an enum's names once: registers it with GraphQL (each value described `中文名 English`, as
 * describedValues does) and returns its table of Chinese names, in the order the entries are written.
 */
export function chineseEnum<E extends string>(
  enumObject: Record<string, E>,
  name: string,
  description: string,
  entries: Record<NoInfer<E>, readonly [chinese: string, english: string]>,
): Record<E, string> {
  const values = Object.keys(entries) as E[];
  const names = Object.fromEntries(values.map((value) => [value, entries[value][0]])) as Record<E, string>;
  const english = Object.fromEntries(values.map((value) => [value, entries[value][1]])) as Record<E, string>;
  registerEnumType(enumObject, { name, description, valuesMap: describedValues(names, english) });
  return names;
}

/** Registers an enum with GraphQL, each value with its whole description (for enums with no table of names). */
export function describedEnum<E extends string>(
  enumObject: Record<string, E>,
  name: string,
  description: string,
  descriptions: Record<NoInfer<E>, string>,
): void {
  const valuesMap = Object.fromEntries((Object.keys(descriptions) as E[]).map((value) => [value, { description: descriptions[value] }]));
  registerEnumType(enumObject, { name, description, valuesMap });
}
