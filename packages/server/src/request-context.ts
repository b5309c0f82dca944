import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '@oms/contracts';
import type { EventContext } from '@oms/messaging';

/** The header that carries one request's correlation id from the gateway through every subgraph and event. */
export const CORRELATION_HEADER = 'x-correlation-id';

/** What every resolver knows about the call it serves. */
export interface RequestContext extends EventContext {
  correlationId: string;
  /** A request is caused by nobody's event. */
  causationId: null;
  actor: Actor;
}

/** Reads the correlation id (or starts one) from request headers. */
export function correlationIdFrom(headers: IncomingHttpHeaders): string {
  const value = headers[CORRELATION_HEADER];
  const id = Array.isArray(value) ? value[0] : value;
  return id && /^[A-Za-z0-9._:-]{1,100}$/.test(id) ? id : randomUUID();
}

/**
 * The caller of a request. Until authentication lands (see the control-panel issue) every call acts as the
 * anonymous user; the actor is still recorded on every event so the audit trail has the field from day one.
 */
export function actorFrom(_headers: IncomingHttpHeaders): Actor {
  return { kind: 'USER', id: 'anonymous' };
}
