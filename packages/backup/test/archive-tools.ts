import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as tar from 'tar';
import type { Connection, RowDataPacket } from 'mysql2/promise';

/**
 * Writes a copy of an archive beside it (`<name>.<label>.tar.gz`) after `change` has edited its members
 * (a map of member name to bytes): how the specs make tampered and incomplete archives.
 */
export async function rewriteArchive(
  archive: string,
  label: string,
  change: (files: Map<string, Buffer>) => void,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'oms-tamper-'));
  try {
    await tar.x({ file: archive, cwd: dir });
    const files = new Map<string, Buffer>();
    const walk = (at: string) => {
      for (const name of readdirSync(at)) {
        const path = join(at, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.set(relative(dir, path), readFileSync(path));
      }
    };
    walk(dir);
    change(files);
    const out = mkdtempSync(join(tmpdir(), 'oms-tampered-'));
    for (const [name, bytes] of files) {
      const path = join(out, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    const target = archive.replace(/\.tar\.gz$/, `.${label}.tar.gz`);
    await tar.c({ gzip: true, file: target, cwd: out }, [...files.keys()]);
    rmSync(out, { recursive: true, force: true });
    return target;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every table of a MySQL database: its definition (SHOW CREATE TABLE, with the AUTO_INCREMENT counter) and
 * all its rows in primary-key order with every value as the server's text (binary as hex): two snapshots
 * are equal only when the databases are equal row for row.
 */
export async function tableSnapshot(conn: Connection, database: string): Promise<Record<string, unknown>> {
  const [tables] = await conn.query<RowDataPacket[]>(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    [database],
  );
  const snapshot: Record<string, unknown> = {};
  for (const { name } of tables as { name: string }[]) {
    const qualified = `\`${database}\`.\`${name}\``;
    const [created] = await conn.query<RowDataPacket[]>(`SHOW CREATE TABLE ${qualified}`);
    const [columns] = await conn.query<RowDataPacket[]>(
      'SELECT COLUMN_NAME AS name, DATA_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
      [database, name],
    );
    const select = columns
      .map((c) =>
        /blob|binary|bit/.test(String(c.type))
          ? `HEX(\`${String(c.name)}\`)`
          : `CAST(\`${String(c.name)}\` AS CHAR)`,
      )
      .join(', ');
    const [rows] = await conn.query({
      sql: `SELECT ${select} FROM ${qualified} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`,
      rowsAsArray: true,
    });
    snapshot[name] = { create: String(created[0]['Create Table']), rows };
  }
  return snapshot;
}
