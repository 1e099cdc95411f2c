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
