import type { QueryRunner } from 'typeorm';

/** A value a seed row stores: text, a number or null (instants as `YYYY-MM-DD HH:MM:SS.mmm` UTC text). */
export type SeedValue = string | number | null;

/** An instant as seed rows store it: UTC `YYYY-MM-DD HH:MM:SS.mmm`, which MySQL and SQLite both read back as written. */
export function seedInstant(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * Inserts rows (column name → value) with plain parameterised SQL, so a migration that seeds data runs the
 * same on MySQL and SQLite and does not depend on entity classes that may change later.
 */
export async function insertRows(
  queryRunner: QueryRunner,
  table: string,
  rows: readonly Record<string, SeedValue>[],
): Promise<void> {
  for (const row of rows) {
    const names = Object.keys(row);
    await queryRunner.query(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      names.map((name) => row[name]),
    );
  }
}
