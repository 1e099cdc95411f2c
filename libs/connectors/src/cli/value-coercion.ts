import type { FieldSpec } from './field-spec';

export type Coerced = { value: unknown } | { error: string };

/** The China Standard Time offset: Jinjiang's wall clock (no daylight saving) for times given without one. */
const CHINA_OFFSET = '+08:00';

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const MIDNIGHT = /[T\s]+0{1,2}:00(:00(\.0+)?)?$/;
const LIST_SEPARATORS = /[、,，;；|\n]+/;

const pad = (n: string) => n.padStart(2, '0');

/**
 * A cell's text (or a mapping file's constant) as the value the field's GraphQL type takes; undefined
 * for an empty cell. Formats people type are normalised (2024/1/5, 2024年1月5日, 20240105, "5,000.00",
 * 警告、罚款); anything else the type cannot hold is an error naming what is expected.
 */
export function coerceValue(spec: FieldSpec, raw: unknown): Coerced | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'string') return coerceConstant(spec, raw);
  const text = raw.trim();
  if (text === '') return undefined;
  switch (spec.kind) {
    case 'string':
      return { value: text };
    case 'date':
      return coerceDate(text);
    case 'dateTime':
      return coerceDateTime(text);
    case 'decimal': {
      const number = text.replace(/[,，\s]/g, '');
      return /^-?\d+(\.\d+)?$/.test(number) ? { value: number } : { error: 'must be a number' };
    }
    case 'list':
      return { value: text.split(LIST_SEPARATORS).map((item) => item.trim()).filter(Boolean) };
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { error: 'must be JSON' };
      }
    case 'enum':
      return coerceEnum(spec, text);
  }
}

/** A mapping file's constant that is not a string: numbers as text, lists and JSON as given. */
function coerceConstant(spec: FieldSpec, raw: unknown): Coerced {
  if (spec.kind === 'json') return { value: raw };
  if (spec.kind === 'list' && Array.isArray(raw)) return { value: raw.map(String) };
  if (typeof raw === 'number' || typeof raw === 'boolean') return coerceValue(spec, String(raw)) ?? { error: 'is empty' };
  return { error: `must be ${spec.kind === 'list' ? 'a list or ' : ''}text` };
}

function coerceDate(text: string): Coerced {
  const match = DATE.exec(text.replace(MIDNIGHT, '')) ?? COMPACT_DATE.exec(text);
  return match ? { value: `${match[1]}-${pad(match[2])}-${pad(match[3])}` } : { error: 'must be a date (YYYY-MM-DD)' };
}

function coerceDateTime(text: string): Coerced {
  const match = DATE_TIME.exec(text);
  if (!match) return { error: 'must be a date and time (YYYY-MM-DD HH:mm, China time unless an offset is given)' };
  const [, year, month, day, hour = '0', minute = '00', second = '00', fraction = '', zone] = match;
  const offset = !zone ? CHINA_OFFSET : zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return { value: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${second}${fraction}${offset}` };
}

function coerceEnum(spec: FieldSpec, text: string): Coerced {
  const values = spec.values ?? {};
  const upper = text.toUpperCase();
  if (Object.hasOwn(values, upper)) return { value: upper };
  const byWord = Object.entries(values).find(([, words]) => words.includes(text));
  if (byWord) return { value: byWord[0] };
  const allowed = Object.entries(values).map(([value, words]) => (words.length ? `${value} (${words.join('/')})` : value));
  return { error: `must be one of ${allowed.join(', ')}` };
}
