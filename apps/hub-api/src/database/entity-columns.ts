import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

const lists = new WeakMap<object, Map<string, string>>();

/**
 * An entity's columns as a SELECT list under its property names (`l."holder_uscc" AS "holderUscc"`),
 * built once per entity. Hot read paths (the town officer's lookups) run plain SQL with it: the rows
 * come back shaped as the entity, without TypeORM building the statement and hydrating the result on
 * every call. Dates are read as 'YYYY-MM-DD' text, as TypeORM gives them.
 */
export function entityColumns<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, alias: string): string {
  const metadata = manager.connection.getMetadata(entity);
  let byAlias = lists.get(metadata);
  if (!byAlias) lists.set(metadata, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (list === undefined) {
    list = metadata.columns
      .map((column) => `${alias}."${column.databaseName}"${column.type === 'date' ? '::text' : ''} AS "${column.propertyName}"`)
      .join(', ');
    byAlias.set(alias, list);
  }
  return list;
}
