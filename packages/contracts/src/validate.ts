import { z } from 'zod';
import { EVENT_CATALOG, type EventDefinition } from './catalog';
import { envelopeSchema, type EventEnvelope } from './envelope';

/** Why an incoming message could not be accepted as an event. */
export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/**
 * Parses raw bytes into an envelope whose payload matches the registered schema for its type and version.
 * Throws `InvalidEventError` for anything else: such a message is poison and goes to the dead-letter topic.
 */
export function parseEvent(
  raw: string | Buffer,
  catalog: ReadonlyMap<string, EventDefinition> = EVENT_CATALOG,
): EventEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch {
    throw new InvalidEventError('message is not valid JSON');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new InvalidEventError(`invalid envelope: ${z.prettifyError(envelope.error)}`);
  const def = catalog.get(`${envelope.data.type}@${envelope.data.version}`);
  if (!def) throw new InvalidEventError(`unknown event ${envelope.data.type}@${envelope.data.version}`);
  const payload = def.payload.safeParse(envelope.data.payload);
  if (!payload.success) {
    throw new InvalidEventError(`invalid ${def.type} payload: ${z.prettifyError(payload.error)}`);
  }
  return { ...envelope.data, payload: payload.data as Record<string, unknown> };
}

/** Checks a payload against its definition before it is written to an outbox. */
export function assertPayload<D extends EventDefinition>(def: D, payload: unknown): z.infer<D['payload']> {
  const result = def.payload.safeParse(payload);
  if (!result.success)
    throw new InvalidEventError(`invalid ${def.type} payload: ${z.prettifyError(result.error)}`);
  return result.data as z.infer<D['payload']>;
}
