import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** sha256 (hex) of a document's exact text → that text; the hash Apollo computes for persisted queries. */
export type OperationAllowlist = ReadonlyMap<string, string>;

function firstLine(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return (typeof message === 'string' ? message : String(error)).split('\n')[0];
}

export function documentHash(document: string): string {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}

/**
 * Reads GRAPHQL_OPERATION_ALLOWLIST: a JSON object of sha256 → document (what Apollo's and Relay's
 * persisted-query manifests hold). Every key must be the hash of its own document, so a typo in the
 * file cannot silently allow another text. Throws a one-line message for ConfigError.
 */
export function readOperationAllowlist(path: string): OperationAllowlist {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot be read (${firstLine(error)})`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`is not JSON (${firstLine(error)})`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('must hold a JSON object of sha256 → document');
  const allowlist = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed as Record<string, unknown>)) {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`has key "${hash.slice(0, 70)}", which is not a lowercase hex sha256`);
    if (typeof document !== 'string' || documentHash(document) !== hash)
      throw new Error(`has key ${hash}, whose document does not hash to it`);
    allowlist.set(hash, document);
  }
  return allowlist;
}
