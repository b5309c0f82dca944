import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * Argon2id parameters: OWASP's minimum recommendation (19 MiB memory, 2 iterations, 1 lane). hash-wasm runs
 * Argon2 in WebAssembly, so nothing is compiled at install time.
 */
export const ARGON2_PARAMS = { memorySize: 19456, iterations: 2, parallelism: 1, hashLength: 32 } as const;

/** Hashes a password into a self-describing PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`). */
export function hashPassword(password: string): Promise<string> {
  return argon2id({ password, salt: randomBytes(16), ...ARGON2_PARAMS, outputType: 'encoded' });
}

/** Checks a password against a stored PHC string; a malformed hash verifies as false. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

/** Whether a stored hash uses weaker parameters than the current ones (rehash it at the next login). */
export function needsRehash(hash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
  if (!match) return true;
  const [m, t, p] = match.slice(1).map(Number);
  return m < ARGON2_PARAMS.memorySize || t < ARGON2_PARAMS.iterations || p < ARGON2_PARAMS.parallelism;
}

/** The password policy: 12 to 128 characters, not all of one kind. Returns the reason it fails, or null. */
export function passwordWeakness(password: string): string | null {
  if (password.length < 12) return 'must be at least 12 characters long';
  if (password.length > 128) return 'must be at most 128 characters long';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) return 'must mix at least three of: lower case, upper case, digits, symbols';
  return null;
}
