import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_LOCK_FILE, embeddedRunningOn, holdRunLock } from './run-lock';

/** The run lock against real processes: a live child holds a DATA_DIR, a finished one no longer does. */
describe('the embedded run lock', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  const lockFile = () => join(dataDir, RUN_LOCK_FILE);
  const startChild = async (): Promise<ChildProcess> => {
    const started = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => started.once('spawn', resolve));
    return started;
  };
  const ended = (c: ChildProcess) => new Promise((resolve) => c.once('exit', resolve));

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'oms-run-lock-'));
  });

  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exit = ended(child);
      child.kill();
      await exit;
    }
    child = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is held by this process until released, and only its own lock is removed', () => {
    expect(embeddedRunningOn(dataDir)).toBeNull();
    const release = holdRunLock(dataDir);
    expect(embeddedRunningOn(dataDir)).toBe(process.pid);
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses a DATA_DIR another live process runs on, and takes over once that process is gone', async () => {
    child = await startChild();
    writeFileSync(lockFile(), String(child.pid));
    expect(embeddedRunningOn(dataDir)).toBe(child.pid);
    expect(() => holdRunLock(dataDir)).toThrow(`another OMS process (pid ${child.pid}) runs on DATA_DIR`);
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(child.pid));

    const exit = ended(child);
    child.kill();
    await exit;
    expect(embeddedRunningOn(dataDir)).toBeNull();
    const release = holdRunLock(dataDir);
    expect(embeddedRunningOn(dataDir)).toBe(process.pid);
    release();
  });

  it('reads a garbled lock file as no lock', () => {
    writeFileSync(lockFile(), 'not a pid');
    expect(embeddedRunningOn(dataDir)).toBeNull();
  });
});
