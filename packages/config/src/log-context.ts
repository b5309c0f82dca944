import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every log line written on behalf of one unit of work carries: the correlation id of the request (or
 * of the request whose events are being consumed), and for an event, its id and type.
 */
export interface LogContext {
  correlationId: string;
  eventId?: string;
  eventType?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/**
 * Runs `work` with `context` added to every log line any `createLogger` logger writes until it settles —
 * in this service's code, its libraries' callbacks and the promises it starts — so no code needs to pass a
 * request-scoped logger along. Nested calls add to (and override) the outer context.
 */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

/** The log context of the work in progress, if any. */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}
