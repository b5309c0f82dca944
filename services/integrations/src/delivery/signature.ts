import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header carrying the body's signature: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const SIGNATURE_HEADER = 'X-OMS-Signature';
/** The header carrying the sync job's id; a receiver dedupes retries and replays by it. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The signature header value of a raw body. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Whether a signature header value is the body's (constant-time), as a receiver checks it. */
export function verifySignature(secret: string, body: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
