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
