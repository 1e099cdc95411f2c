import { readFile } from 'node:fs/promises';
import type { PublishCategory } from '../publish-categories';
import { CATEGORY_FIELDS, exportOnlyHeaders } from './category-fields';
import { CliError } from './cli-error';
import type { FieldSpec } from './field-spec';
import { coerceValue } from './value-coercion';

/**
 * A department's mapping file: how its own export becomes the hub's records (see README.md).
 * `columns` maps a column header to a field (null: ignore the column); `constants` gives fields the
 * file does not have, or a default for empty cells; `values` maps a field's cell texts to the hub's
 * values (e.g. 正常 → VALID).
 */
export interface ColumnMapping {
  category?: string;
  columns: Record<string, string | null>;
  constants: Record<string, unknown>;
  values: Record<string, Record<string, string>>;
}

export interface FieldProblem {
  field: string;
  /** The column as its header is written in the user's file (or where a mapping file's constant came from). */
  column: string;
  /** In Chinese, for the person who fixes the file. */
  message: string;
}

export interface MappedRow {
  record: Record<string, unknown>;
  sourceId: string;
  /** Empty when the record can be sent; every problem of the row, not only the first. */
  problems: FieldProblem[];
}

const MAPPING_KEYS = ['category', 'columns', 'constants', 'values'];

export async function readColumnMapping(path: string): Promise<ColumnMapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`映射文件 mapping file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseColumnMapping(json, path);
}

export function parseColumnMapping(json: unknown, source = 'mapping'): ColumnMapping {
  const fail = (message: string) => new CliError(`映射文件 mapping file ${source}: ${message}`);
  if (!isObject(json)) throw fail('must be a JSON object');
  const unknown = Object.keys(json).filter((key) => !MAPPING_KEYS.includes(key));
  if (unknown.length) throw fail(`unknown key ${unknown.join(', ')} (expected ${MAPPING_KEYS.join(', ')})`);
  const { category, columns = {}, constants = {}, values = {} } = json;
  if (category !== undefined && typeof category !== 'string') throw fail('"category" must be a string');
  if (!isObject(columns) || !Object.values(columns).every((f) => f === null || typeof f === 'string')) {
    throw fail('"columns" must map column headers to field names (or null to ignore a column)');
  }
  if (!isObject(constants)) throw fail('"constants" must map field names to values');
  if (!isObject(values) || !Object.values(values).every((m) => isObject(m) && Object.values(m).every((v) => typeof v === 'string'))) {
    throw fail('"values" must map field names to objects of cell text → value');
  }
  return { category, columns: columns as ColumnMapping['columns'], constants, values: values as ColumnMapping['values'] };
}

/**
 * Turns rows of one file into records of a category. Built from the file's header: every column is
 * resolved once (mapping file first, then the field's own name, then its Chinese labels), and a file
 * that cannot give every required field stops here rather than failing each of its rows.
 */
export class RowMapper {
  private readonly fields: Readonly<Record<string, FieldSpec>>;
  private readonly columns: Array<string | null>;
  private readonly constants = new Map<string, unknown>();
  /** Field → the header of its column, as written in the file. */
  private readonly headerOf = new Map<string, string>();
  /** Headers matching no field: not sent, worth a warning (a typo in a mapping file); not those the mapping ignores (null). */
  readonly ignoredHeaders: string[] = [];

  constructor(
    category: PublishCategory,
    header: readonly string[],
    private readonly mapping: ColumnMapping = { columns: {}, constants: {}, values: {} },
  ) {
    this.fields = CATEGORY_FIELDS[category];
    if (mapping.category !== undefined && mapping.category !== category) {
      throw new CliError(`映射文件 the mapping file is for category ${mapping.category}, not ${category}`);
    }
    const knownField = (name: string, where: string) => {
      if (!Object.hasOwn(this.fields, name))
        throw new CliError(
          `映射文件 mapping file ${where}: ${category} has no field "${name}" (fields: ${Object.keys(this.fields).join(', ')})`,
        );
    };
    Object.entries(mapping.columns).forEach(([column, name]) => name !== null && knownField(name, `columns["${column}"]`));
    Object.keys(mapping.values).forEach((name) => knownField(name, `values["${name}"]`));
    for (const [name, raw] of Object.entries(mapping.constants)) {
      knownField(name, `constants["${name}"]`);
      const coerced = coerceValue(this.fields[name], raw);
      if (coerced && 'error' in coerced) throw new CliError(`映射文件 mapping file constants["${name}"]: ${coerced.error}`);
      if (coerced) this.constants.set(name, coerced.value);
    }

    this.columns = header.map((cell) => this.fieldOf(cell.trim()));
    const exportOnly = exportOnlyHeaders(category);
    this.columns.forEach((name, i) => {
      if (name === null) {
        const text = header[i].trim();
        if (text && !Object.hasOwn(mapping.columns, text) && !exportOnly.includes(text)) this.ignoredHeaders.push(text);
        return;
      }
      if (this.headerOf.has(name))
        throw new CliError(`“${this.headerOf.get(name)}”和“${header[i]}”两列都是字段 ${name}：在映射文件中把其中一列设为 null`);
      this.headerOf.set(name, header[i].trim());
    });
    const missing = Object.entries(this.fields).filter(
      ([name, spec]) => spec.required && !this.headerOf.has(name) && !this.constants.has(name),
    );
    if (missing.length) {
      const named = missing.map(([name, spec]) => `${name}（${spec.labels.join('/')}）`);
      throw new CliError(
        `缺少必填字段的列 no column for required field${missing.length > 1 ? 's' : ''}: ${named.join('、')}：在映射文件（--mapping）中指明文件里的列，或给出常量`,
      );
    }
  }

  /** The user's own header for a field, to name it in the error report. */
  columnOf(name: string): string {
    return this.headerOf.get(name) ?? (this.constants.has(name) ? `映射文件常量 ${name}` : name);
  }

  map(cells: readonly string[]): MappedRow {
    const record: Record<string, unknown> = {};
    const problems: FieldProblem[] = [];
    this.columns.forEach((name, i) => {
      if (name === null) return;
      const coerced = this.coerce(name, cells[i] ?? '');
      if (coerced && 'error' in coerced) problems.push({ field: name, column: this.columnOf(name), message: coerced.error });
      else if (coerced) record[name] = coerced.value;
    });
    for (const [name, value] of this.constants) if (!Object.hasOwn(record, name)) record[name] = value;
    for (const [name, spec] of Object.entries(this.fields)) {
      if (spec.required && !Object.hasOwn(record, name) && !problems.some((p) => p.field === name))
        problems.push({ field: name, column: this.columnOf(name), message: '必填，不能为空' });
    }
    // As the row reads, left to right (a constant's problem first).
    problems.sort((a, b) => this.columns.indexOf(a.field) - this.columns.indexOf(b.field));
    return {
      record,
      sourceId: typeof record.sourceId === 'string' ? record.sourceId : (cells[this.columns.indexOf('sourceId')] ?? '').trim(),
      problems,
    };
  }

  private fieldOf(header: string): string | null {
    if (Object.hasOwn(this.mapping.columns, header)) return this.mapping.columns[header];
    if (Object.hasOwn(this.fields, header)) return header;
    return Object.entries(this.fields).find(([, spec]) => spec.labels.includes(header))?.[0] ?? null;
  }

  private coerce(name: string, text: string) {
    const spec = this.fields[name];
    const values = this.mapping.values[name];
    if (!values) return coerceValue(spec, text);
    const mapped = (t: string) => (Object.hasOwn(values, t.trim()) ? values[t.trim()] : t);
    if (spec.kind !== 'list') return coerceValue(spec, mapped(text));
    const coerced = coerceValue(spec, text);
    return coerced && 'value' in coerced ? { value: (coerced.value as string[]).map(mapped) } : coerced;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
