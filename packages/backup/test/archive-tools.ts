import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as tar from 'tar';

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
