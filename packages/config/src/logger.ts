import pino from 'pino';
import { currentLogContext } from './log-context';

/** A structured JSON logger; every line carries the service name. */
export type Logger = pino.Logger;

/** Where log lines go instead of stdout (tests capture them; anything with `write(line)`). */
export type LogDestination = pino.DestinationStream;

/**
 * Creates the logger of one service (or the gateway). Every line carries `service`, and while a request or
 * an event is being handled, its `correlationId` (see `withLogContext`).
 */
export function createLogger(
  service: string,
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: LogDestination,
): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A fresh object each time: pino merges the call's fields into what the mixin returns.
    mixin: () => ({ ...currentLogContext() }),
  };
  return destination ? pino(options, destination) : pino(options);
}
