/** A LIKE pattern (with `ESCAPE '\'`) matching `text` anywhere: its own `%`, `_` and `\` match themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
