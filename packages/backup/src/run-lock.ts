import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The file an embedded system keeps in its `DATA_DIR` while it runs, holding its process id. sql.js keeps each
 * database in memory and writes the whole file after every change, so a second process on the same
 * directory, or a restore under a running one, would be overwritten by the running process's next write.
 */
export const RUN_LOCK_FILE = '.oms-embedded.pid';

function lockPath(dataDir: string): string {
  return resolve(dataDir, RUN_LOCK_FILE);
}

/** Whether a process with this id is alive (one we may not signal still counts as alive). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The id of the live process that runs an embedded system on `dataDir`, or null (no lock, or a stale one). */
export function embeddedRunningOn(dataDir: string): number | null {
  let text: string;
  try {
    text = readFileSync(lockPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
}

/**
 * Marks `dataDir` as in use by this process until the returned release is called. Refuses when another live
 * process holds it; a lock left by a process that is gone (a crash) is taken over.
 */
export function holdRunLock(dataDir: string): () => void {
  const holder = embeddedRunningOn(dataDir);
  if (holder !== null && holder !== process.pid)
    throw new Error(
      `another OMS process (pid ${holder}) runs on DATA_DIR ${resolve(dataDir)}: stop it, or use another DATA_DIR`,
    );
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockPath(dataDir), String(process.pid));
  return () => {
    // Only our own lock is removed (a later holder's stays).
    if (embeddedRunningOn(dataDir) === process.pid) rmSync(lockPath(dataDir), { force: true });
  };
}
