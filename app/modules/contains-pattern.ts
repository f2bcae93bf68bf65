/**
 * An ILIKE pattern matching text that contains `text` literally: the user's
 * `%`, `_` and `\` are escaped so they match themselves, not anything.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}
