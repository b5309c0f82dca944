/**
 * An expected failure of a backup or restore (a missing archive, a checksum that does not match, a database
 * that holds data, a server that does not answer): its message is meant for the operator and the CLI prints
 * it as it is and exits non-zero. Anything else is a bug and is printed with its stack.
 */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** The message of any thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
