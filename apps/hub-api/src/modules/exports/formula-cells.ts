/**
 * What a spreadsheet would take for the start of a formula (OWASP CSV injection): `=`, `+`, `-`, `@`,
 * tab and carriage return, and to be safe their full-width forms, which a Chinese input method types.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** A plain decimal number, such as a fine or a ledger value (`-1.5`, `+3`, `1e3`): it stays a number. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A text cell as an exported file carries it: one that would run as a formula when a statistician
 * opens the file (a published `partyName` of `=HYPERLINK(...)`) gets a leading single quote, which
 * spreadsheets show as text; numbers and everything else are left as they are.
 */
export function neutraliseFormula(value: string | null): string | null {
  return value !== null && FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}
