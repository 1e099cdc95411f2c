import { readFile } from 'node:fs/promises';
import * as fontkit from 'fontkit';

/**
 * The letter's CJK font: Noto Sans SC (SIL Open Font License 1.1) from the npm package
 * `@expo-google-fonts/noto-sans-sc`, so a fresh clone has it. Its static TTF files hold the whole
 * character set (about 30,900 glyphs: every township, rare characters of personal names, 〔〕 and ①);
 * pdfkit embeds only the glyphs a letter uses (a letter is some tens of kilobytes, not 10 MB).
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type LetterFonts = Record<keyof typeof FONT_FILES, fontkit.Font>;

let loaded: Promise<LetterFonts> | null = null;

/**
 * Read and parsed once per process, however many hubs it runs (a test runs several): parsing is
 * lazy and its tables are cached on the Font object, so a later letter costs only its layout. A
 * failed read is not kept, so the next letter tries again.
 */
export function letterFonts(): Promise<LetterFonts> {
  loaded ??= load().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

async function load(): Promise<LetterFonts> {
  const [regular, bold] = await Promise.all([parse(FONT_FILES.regular), parse(FONT_FILES.bold)]);
  return { regular, bold };
}

async function parse(file: string): Promise<fontkit.Font> {
  const font = fontkit.create(await readFile(require.resolve(file)));
  if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection, not one font`);
  return font;
}
