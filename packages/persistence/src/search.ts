/**
 * A `LIKE` pattern matching `text` anywhere, with its wildcards escaped. Use it as
 * `LOWER(col) LIKE :q ESCAPE '!'` (the same escape character works on MySQL and SQLite).
 */
export function containsPattern(text: string): string {
  return `%${text
    .trim()
    .toLowerCase()
    .replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
}
