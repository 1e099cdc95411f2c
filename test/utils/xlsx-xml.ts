import JSZip from 'jszip';

/** One cell as the sheet XML holds it: its type attribute (`str`, `n`, or none), raw value and style. */
export interface XmlCell {
  type: string | null;
  value: string | null;
  /** The cell's number format code ('General' when it has none) and whether its font is bold. */
  numFmt: string;
  bold: boolean;
}

export interface XlsxXml {
  sheetName: string;
  /** Cells by reference (A1, B2 …). */
  cells: Map<string, XmlCell>;
  rowCount: number;
  frozen: { ySplit: string | null; state: string | null };
  autoFilter: string | null;
  /** Widths by column (index 0 is A); null where the sheet leaves a column at the default width. */
  widths: Array<number | null>;
}

/** A <col> may span several columns of one width (min…max); columns it leaves out have the default. */
function columnWidths(sheet: string): Array<number | null> {
  const widths: Array<number | null> = [];
  for (const m of sheet.matchAll(/<col [^>]*>/g)) {
    for (let c = Number(attr(m[0], 'min')); c <= Number(attr(m[0], 'max')); c++) widths[c - 1] = Number(attr(m[0], 'width'));
  }
  return Array.from(widths, (w) => w ?? null);
}

const BUILT_IN_FORMATS: Record<string, string> = {
  '0': 'General',
  '1': '0',
  '2': '0.00',
  '3': '#,##0',
  '4': '#,##0.00',
  '14': 'mm-dd-yy',
  '22': 'm/d/yy h:mm',
};
const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? null;
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Reads an XLSX without the writer's own library: unzips it (jszip) and reads the first sheet's XML,
 * the workbook's sheet name and the styles' number formats and fonts, as Excel would.
 */
export async function readXlsxXml(data: ArrayBuffer | Buffer): Promise<XlsxXml> {
  const zip = await JSZip.loadAsync(data);
  const read = (path: string) => zip.file(path)!.async('string');
  const [sheet, styles, workbook] = await Promise.all([read('xl/worksheets/sheet1.xml'), read('xl/styles.xml'), read('xl/workbook.xml')]);
  const formats = { ...BUILT_IN_FORMATS };
  for (const m of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)) formats[m[1]] = unescape(m[2]);
  const fonts = [...(/<fonts[^>]*>(.*?)<\/fonts>/s.exec(styles)?.[1] ?? '').matchAll(/<font>(.*?)<\/font>|<font\/>/gs)].map((m) =>
    /<b\/>/.test(m[1] ?? ''),
  );
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => ({
    numFmt: formats[attr(m[0], 'numFmtId') ?? '0'] ?? `#${attr(m[0], 'numFmtId')}`,
    bold: fonts[Number(attr(m[0], 'fontId') ?? 0)] ?? false,
  }));
  const cells = new Map<string, XmlCell>();
  let rowCount = 0;
  for (const m of sheet.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const ref = attr(m[1], 'r')!;
    rowCount = Math.max(rowCount, Number(/\d+/.exec(ref)![0]));
    const style = xfs[Number(attr(m[1], 's') ?? 0)];
    const value = /<v>(.*?)<\/v>/s.exec(m[2] ?? '')?.[1] ?? /<t[^>]*>(.*?)<\/t>/s.exec(m[2] ?? '')?.[1] ?? null;
    cells.set(ref, { type: attr(m[1], 't'), value: value === null ? null : unescape(value), numFmt: style.numFmt, bold: style.bold });
  }
  const pane = /<pane [^>]*\/>/.exec(sheet)?.[0] ?? '';
  return {
    sheetName: unescape(attr(/<sheet [^>]*>/.exec(workbook)![0], 'name')!),
    cells,
    rowCount,
    frozen: { ySplit: attr(pane, 'ySplit'), state: attr(pane, 'state') },
    autoFilter: attr(/<autoFilter [^>]*>/.exec(sheet)?.[0] ?? '', 'ref'),
    widths: columnWidths(sheet),
  };
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** Excel's serial number of a calendar date (1900 system). */
export const excelSerial = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000 + 25569;

/** The name a browser saves a download under: the RFC 5987 `filename*` of its Content-Disposition. */
export const savedAs = (file: Response) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(file.headers.get('content-disposition') ?? '')?.[1] ?? '');
