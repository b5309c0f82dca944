import { z } from 'zod';

/** A TCP port number. */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** A positive integer with a default (timeouts, intervals, counts). */
export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** `true`/`false`/`1`/`0`. */
export const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true, false, 1 or 0' })
    .transform((v) => v === 'true' || v === '1')
    .default(fallback);

/** A `mysql://user:pass@host:port/database` URL. */
export const mysqlUrl = z.string().refine((v) => {
  try {
    const url = new URL(v);
    return (url.protocol === 'mysql:' || url.protocol === 'mariadb:') && url.pathname.length > 1;
  } catch {
    return false;
  }
}, 'must be a mysql://user:password@host:port/database URL');

/** A comma-separated list of `host:port` Kafka brokers. */
export const brokerList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine(
    (list) => list.length > 0 && list.every((b) => /^[^:\s]+:\d{1,5}$/.test(b)),
    'must be host:port[,host:port...]',
  );
