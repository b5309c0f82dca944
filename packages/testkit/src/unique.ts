import { randomBytes } from 'node:crypto';

/** A short suffix that makes one test run's databases and topics its own (lower case, digits, _). */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}
