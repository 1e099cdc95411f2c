import { CatalogFileFormat, JINJIANG_TOWNSHIPS, RegulationClass } from '@hub/shared-schema';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Header names a catalog file may use (the city's Chinese ones, or the API's) → input field. */
const HEADERS: Record<string, string> = {
  事项编码: 'code',
  事项名称: 'name',
  法律依据: 'legalBasis',
  监管类别: 'regulationClass',
  原主管部门: 'sourceDepartment',
  承接镇街: 'townships',
  生效日期: 'effectiveFrom',
  失效日期: 'effectiveTo',
  code: 'code',
  name: 'name',
  legalBasis: 'legalBasis',
  regulationClass: 'regulationClass',
  sourceDepartment: 'sourceDepartment',
  sourceDepartmentCode: 'sourceDepartment',
  townships: 'townships',
  townshipCodes: 'townships',
  effectiveFrom: 'effectiveFrom',
  effectiveTo: 'effectiveTo',
};

const CLASSES: Record<string, RegulationClass> = {
  应批已批: RegulationClass.LICENSED_VIOLATION,
  应批未批: RegulationClass.UNLICENSED,
  禁止类: RegulationClass.PROHIBITED,
  其他: RegulationClass.OTHER,
};

export type CatalogRow = Record<string, string>;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result);
  return '';
}

/** Rows of the file keyed by input field name; unknown columns are ignored. */
export async function readCatalogFile(format: CatalogFileFormat, content: string): Promise<CatalogRow[]> {
  let table: string[][];
  if (format === CatalogFileFormat.CSV) {
    const records: string[][] = parse(content.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
    table = records;
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    table = [];
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      table.push(values.map((v) => cellText(v).trim()));
    });
  }
  const [header = [], ...body] = table;
  const fields = header.map((h) => HEADERS[h.trim()] ?? null);
  return body.map((cells) => Object.fromEntries(fields.flatMap((field, i) => (field ? [[field, cells[i] ?? '']] : []))));
}

/** §2's four classes as the city's list writes them (应批已批 …) or as codes; anything else is passed on for validation to reject. */
export function regulationClassOf(text: string): string {
  return CLASSES[text] ?? text;
}

const TOWNSHIP_BY_NAME = new Map(
  JINJIANG_TOWNSHIPS.flatMap((t) => [
    [t.name, t.code],
    [t.name.replace(/(街道|镇)$/, ''), t.code],
  ]),
);

/** 青阳街道、安海镇 or 350582001;350582101 → codes; unknown names are passed on for validation to reject. */
export function townshipCodesOf(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => TOWNSHIP_BY_NAME.get(part) ?? part);
}
