#!/usr/bin/env node
import { ConfigError } from '@oms/config';
import { createBackup } from './backup';
import { BackupError } from './errors';
import type { Manifest } from './manifest';
import { restoreBackup, verifyBackup } from './restore';
import { loadBackupSettings, redact } from './settings';

const USAGE = `usage:
  node packages/backup/dist/cli.js backup                       back up every service database
  node packages/backup/dist/cli.js restore <archive> [--force]  restore an archive (--force replaces databases that hold data)
  node packages/backup/dist/cli.js verify <archive>             check an archive without restoring it
settings: BACKUP_MODE, MYSQL_URL, <SERVICE>_DATABASE_URL, DATA_DIR, BACKUP_DIR, BACKUP_RETENTION_DAYS,
BACKUP_RETENTION_COUNT (see docs/operations/backup-and-restore.md)`;

/** Where the CLI writes: the process's stdout and stderr, or a spec's collector. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs one CLI command; resolves to the process exit code (0 done, 1 refused or failed, 2 usage). */
export async function main(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = processOutput,
): Promise<number> {
  const print = (line: string) => output.out(line);
  const describe = (manifest: Manifest) => describeManifest(manifest, print);
  const usage = (problem: string) => {
    output.err(`${problem}\n${USAGE}`);
    return 2;
  };
  const [command, ...rest] = args;
  const force = rest.includes('--force');
  const positional = rest.filter((a) => !a.startsWith('--'));
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--force');
  if (unknown.length > 0) return usage(`unknown option ${unknown.join(', ')}`);
  try {
    if (command === 'backup' && positional.length === 0 && !force) {
      const settings = loadBackupSettings(env);
      const result = await createBackup(settings);
      print(`backup written: ${result.archive}`);
      describe(result.manifest);
      for (const name of result.pruned) print(`pruned (retention): ${name}`);
      return 0;
    }
    if (command === 'restore' && positional.length === 1) {
      const settings = loadBackupSettings(env);
      const manifest = await restoreBackup(settings, positional[0], { force });
      print(`restored ${positional[0]} (taken ${manifest.createdAt}) into ${targetOf(settings)}`);
      describe(manifest);
      return 0;
    }
    if (command === 'verify' && positional.length === 1 && !force) {
      const manifest = await verifyBackup(positional[0]);
      print(`archive ok: ${positional[0]}`);
      describe(manifest);
      return 0;
    }
  } catch (err) {
    if (err instanceof BackupError || err instanceof ConfigError || isOperational(err)) {
      output.err(`${command} failed: ${err.message}`);
      if (command === 'restore') output.err('nothing was restored; the databases are as they were');
      return 1;
    }
    throw err;
  }
  return usage(command ? `cannot run "${args.join(' ')}"` : 'no command given');
}

function targetOf(settings: ReturnType<typeof loadBackupSettings>): string {
  return settings.mode === 'mysql'
    ? settings.mysql.map((t) => redact(t.url)).join(', ')
    : `the SQLite files under ${settings.dataDir}`;
}

/** One line per database: its rows and schema version. */
/**
 * An outage rather than a bug: a system or server error with a code (ENOSPC, ECONNRESET, ER_ACCESS_DENIED_…),
 * reported by its message like a BackupError. Anything else is printed with its stack.
 */
function isOperational(err: unknown): err is Error {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string';
}

function describeManifest(manifest: Manifest, print: (line: string) => void): void {
  for (const d of manifest.databases) {
    const rows = Object.values(d.tables).reduce((a, b) => a + b, 0);
    print(
      `  ${d.service.padEnd(13)} ${d.database.padEnd(20)} ${String(Object.keys(d.tables).length).padStart(3)} tables ${String(rows).padStart(8)} rows  migration ${d.migrations.latest ?? '(none)'}`,
    );
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
