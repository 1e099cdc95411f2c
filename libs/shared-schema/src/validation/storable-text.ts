/**
 * What PostgreSQL cannot store, and what would exhaust the stack before any validator ran: a NUL
 * character (text and jsonb refuse U+0000), a lone UTF-16 surrogate (jsonb refuses its \uD800 escape;
 * text silently turns it into U+FFFD) and JSON nested without bound (class-transformer, Ajv and
 * JSON.stringify all recurse). Every argument of every operation is walked once at the edge, and each
 * record of a batch on its own, so a present or future string argument needs no decorator of its own.
 */

/** Deeper than any input the schema declares (about 4 levels) plus any sane JSON document inside one. */
export const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export interface UnstorableValue {
  /** Path inside the walked value, e.g. `records[2].holderName` or `payload` (empty: the value itself). */
  field: string;
  message: string;
}

/** Why `text` cannot be stored, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not a character), which cannot be stored';
  return null;
}

/** The field path one level down; a key is made storable, since the path goes back to the caller and into the audit trail. */
function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${storableText(key)}` : storableText(key);
}

/** Where a walk stands: the path so far, and the first named property holding an object (or a list) on the way. */
interface Step {
  value: unknown;
  path: string;
  depth: number;
  objectAt: string | null;
  listAt: string | null;
}

/**
 * The first string (or object key) in `value` that cannot be stored, or the first place it nests
 * deeper than `maxDepth`; properties named in `skip` are left out at the top level (a batch's records,
 * each walked on its own). Iterative, so a 5,000-deep document costs a loop, not a stack overflow. For
 * excessive nesting the field named is the argument at fault — the first named property on the way
 * that holds an object (`payload`, `readings[3].reading`), else a list — not a 5,000-segment path.
 */
export function findUnstorable(value: unknown, maxDepth = MAX_INPUT_DEPTH, skip: ReadonlySet<string> = new Set()): UnstorableValue | null {
  const stack: Step[] = [{ value, path: '', depth: 0, objectAt: null, listAt: null }];
  while (stack.length) {
    const step = stack.pop()!;
    if (typeof step.value === 'string') {
      const message = textProblem(step.value);
      if (message) return { field: step.path, message };
      continue;
    }
    if (step.value === null || typeof step.value !== 'object' || step.value instanceof Date) continue;
    if (step.depth >= maxDepth)
      return { field: step.objectAt ?? step.listAt ?? step.path, message: `nests deeper than ${maxDepth} levels` };
    const entries: Array<[string | number, unknown]> = Array.isArray(step.value)
      ? step.value.map((element, index): [number, unknown] => [index, element])
      : Object.entries(step.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      if (step.depth === 0 && typeof key === 'string' && skip.has(key)) continue;
      const path = join(step.path, key);
      if (typeof key === 'string') {
        const message = textProblem(key);
        if (message) return { field: path, message: `has a key that ${message}` };
      }
      const named = typeof key === 'string' && child !== null && typeof child === 'object';
      stack.push({
        value: child,
        path,
        depth: step.depth + 1,
        objectAt: step.objectAt ?? (named && !Array.isArray(child) ? path : null),
        listAt: step.listAt ?? (named && Array.isArray(child) ? path : null),
      });
    }
  }
  return null;
}

/**
 * A string as it may go into an audit row or a log line: NULs and lone surrogates replaced by U+FFFD,
 * so that recording a refused call can never fail on the very input that was refused.
 */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
}

/** `storableText` applied to every string and key of a JSON value, nested at most `maxDepth` levels (deeper: replaced by a marker). */
export function storableJson(value: unknown, maxDepth = MAX_INPUT_DEPTH): unknown {
  if (typeof value === 'string') return storableText(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (maxDepth <= 0) return '[nested too deep]';
  if (Array.isArray(value)) return value.map((element) => storableJson(element, maxDepth - 1));
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [storableText(key), storableJson(child, maxDepth - 1)]));
}

const PER_RECORD = Symbol.for('hub.validatedPerRecord');

/**
 * Marks a property whose list items are validated one by one by the service (a batch's records), so
 * the edge leaves them to it and a bad record is answered on its own, beside the valid ones kept.
 */
export function ValidatedPerRecord(): PropertyDecorator {
  return (target, property) => {
    const owner = target as { [PER_RECORD]?: string[] };
    owner[PER_RECORD] = [...(owner[PER_RECORD] ?? []), String(property)];
  };
}

/** The properties of an argument class marked @ValidatedPerRecord. */
export function perRecordProperties(metatype: unknown): ReadonlySet<string> {
  const prototype = typeof metatype === 'function' ? (metatype.prototype as { [PER_RECORD]?: string[] } | undefined) : undefined;
  return new Set(prototype?.[PER_RECORD] ?? []);
}
