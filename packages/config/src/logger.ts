import pino from 'pino';

/** A structured JSON logger; every line carries the service name. */
export type Logger = pino.Logger;

/** Creates the logger of one service (or the gateway). */
export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
