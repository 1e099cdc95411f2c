import { InputError } from '../errors/domain-error';

/** Cursors are opaque to clients: base64url of the keyset value. */
export function encodeCursor(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field: string): string {
  const value = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!value || encodeCursor(value) !== cursor) throw new InputError(field, 'is not a cursor returned by this API');
  return value;
}

/**
 * A page from a keyset query that fetched `first + 1` rows: the extra row only tells whether another
 * page exists; the cursor is the keyset value of the last row shown.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  first: number,
  keyOf: (row: Row) => string,
  toNode: (row: Row) => Node,
): { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const page = rows.slice(0, first);
  return {
    nodes: page.map(toNode),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(keyOf(page[page.length - 1])) : null },
  };
}

/** A `<value>|<id>` keyset cursor (e.g. a date and a uuid) checked against the shape it must have. */
export function decodeKeysetCursor(
  cursor: string | null | undefined,
  valuePattern: RegExp,
  field = 'after',
): { value: string; id: string } | null {
  if (!cursor) return null;
  const text = decodeCursor(cursor, field);
  const split = text.lastIndexOf('|');
  const value = text.slice(0, split);
  const id = text.slice(split + 1);
  if (split < 0 || !valuePattern.test(value) || !/^[0-9a-f-]{36}$/.test(id))
    throw new InputError(field, 'is not a cursor returned by this API');
  return { value, id };
}

export const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;
export const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T[0-9:.]+Z$/;
