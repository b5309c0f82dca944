import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitUntil } from './kafka';

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A service started as its own OS process, as in production. */
export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** SIGTERM, then waits for a graceful exit (SIGKILL after `graceMs`); resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Starts `node <script>` with the given environment, writing its output to `<logDir>/<name>.log`, and waits
 * until `readyUrl` answers 200 (or the process dies, which fails with the log's tail in the message).
 */
export async function startProcess(options: {
  name: string;
  script: string;
  env: Record<string, string>;
  readyUrl: string;
  logDir: string;
  timeoutMs?: number;
}): Promise<ServiceProcess> {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [options.script], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve(code);
    }),
  );
  try {
    await waitUntil(
      async () => {
        if (exited !== undefined) throw new Error(`${options.name} exited with ${exited}; see ${logFile}`);
        const res = await fetch(options.readyUrl).catch(() => null);
        return res?.status === 200;
      },
      options.timeoutMs ?? 60000,
      100,
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    name: options.name,
    child,
    logFile,
    stop: async (graceMs = 15000) => {
      if (exited !== undefined) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exit;
      clearTimeout(timer);
      log.end();
      return code;
    },
  };
}
