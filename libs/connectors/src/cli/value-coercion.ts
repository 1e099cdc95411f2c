import { JINJIANG_TOWNSHIPS } from '@hub/shared-schema/reference/townships';
import { isUscc } from '@hub/shared-schema/validation/uscc';
import type { FieldSpec } from './field-spec';

export type Coerced = { value: unknown } | { error: string };

/** The China Standard Time offset: Jinjiang's wall clock (no daylight saving) for times given without one. */
const CHINA_OFFSET = '+08:00';

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const MIDNIGHT = /[T\s]+0{1,2}:00(:00(\.0+)?)?$/;
const LIST_SEPARATORS = /[、,，;；|\n]+/;

const pad = (n: string) => n.padStart(2, '0');

/** Town name (青阳街道, or 青阳 when only one town has it) or code → the code the hub takes. */
const TOWNSHIP_BY_TEXT = new Map<string, string>();
for (const { code, name } of JINJIANG_TOWNSHIPS) {
  TOWNSHIP_BY_TEXT.set(code, code).set(name, code);
  const short = name.replace(/(街道|镇)$/, '');
  if (!JINJIANG_TOWNSHIPS.some((other) => other.code !== code && other.name.startsWith(short))) TOWNSHIP_BY_TEXT.set(short, code);
}

/**
 * A cell's text (or a mapping file's constant) as the value the field's GraphQL type takes; undefined
 * for an empty cell. Formats people type are normalised (2024/1/5, 2024年1月5日, 20240105, "5,000.00",
 * 警告、罚款, a town's name for its code); anything else the type cannot hold, an impossible date or a
 * USCC with a wrong check character, is an error (in Chinese: the user reads it) saying what is expected.
 */
export function coerceValue(spec: FieldSpec, raw: unknown): Coerced | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'string') return coerceConstant(spec, raw);
  const text = raw.trim();
  if (text === '') return undefined;
  switch (spec.kind) {
    case 'string':
      return { value: text };
    case 'uscc':
      return isUscc(text.toUpperCase())
        ? { value: text.toUpperCase() }
        : { error: `“${text}”不是有效的统一社会信用代码（18 位，末位校验码须正确）` };
    case 'township': {
      const code = TOWNSHIP_BY_TEXT.get(text.replace(/\s/g, ''));
      return code ? { value: code } : { error: `“${text}”不是晋江市的镇街：填镇街名称（如 青阳街道、安海镇）或 9 位代码（如 350582001）` };
    }
    case 'date':
      return coerceDate(text);
    case 'dateTime':
      return coerceDateTime(text);
    case 'decimal': {
      const number = text.replace(/[,，\s]/g, '');
      return /^-?\d+(\.\d+)?$/.test(number) ? { value: number } : { error: `“${text}”不是数字` };
    }
    case 'list':
      return {
        value: text
          .split(LIST_SEPARATORS)
          .map((item) => item.trim())
          .filter(Boolean),
      };
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { error: '应为 JSON 文本' };
      }
    case 'enum':
      return coerceEnum(spec, text);
  }
}

/** A mapping file's constant that is not a string: numbers as text, lists and JSON as given. */
function coerceConstant(spec: FieldSpec, raw: unknown): Coerced {
  if (spec.kind === 'json') return { value: raw };
  if (spec.kind === 'list' && Array.isArray(raw)) return { value: raw.map(String) };
  if (typeof raw === 'number' || typeof raw === 'boolean') return coerceValue(spec, String(raw)) ?? { error: '为空' };
  return { error: `应为${spec.kind === 'list' ? '列表或' : ''}文本` };
}

function coerceDate(text: string): Coerced {
  const match = DATE.exec(text.replace(MIDNIGHT, '')) ?? COMPACT_DATE.exec(text);
  if (!match) return { error: `“${text}”不是日期：应为 年-月-日（如 2024-01-05）` };
  const value = `${match[1]}-${pad(match[2])}-${pad(match[3])}`;
  return isCalendarDate(value) ? { value } : { error: `${value} 不是日历上的日期` };
}

function coerceDateTime(text: string): Coerced {
  const match = DATE_TIME.exec(text);
  if (!match) return { error: `“${text}”不是日期时间：应为 年-月-日 时:分（如 2024-01-05 09:30，未注明时区即北京时间）` };
  const [, year, month, day, hour = '0', minute = '00', second = '00', fraction = '', zone] = match;
  if (!isCalendarDate(`${year}-${pad(month)}-${pad(day)}`)) return { error: `${year}-${pad(month)}-${pad(day)} 不是日历上的日期` };
  const offset = !zone
    ? CHINA_OFFSET
    : zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.length === 5
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : zone;
  return { value: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${second}${fraction}${offset}` };
}

function coerceEnum(spec: FieldSpec, text: string): Coerced {
  const values = spec.values ?? {};
  const upper = text.toUpperCase();
  if (Object.hasOwn(values, upper)) return { value: upper };
  const byWord = Object.entries(values).find(([, words]) => words.includes(text));
  if (byWord) return { value: byWord[0] };
  const allowed = Object.entries(values).map(([value, words]) => (words.length ? `${words.join('/')}（${value}）` : value));
  return { error: `“${text}”不是可选值，应为：${allowed.join('、')}` };
}

function isCalendarDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
