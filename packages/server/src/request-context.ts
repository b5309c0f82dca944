import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '@oms/contracts';
import type { Principal } from '@oms/auth';
import type { EventContext } from '@oms/messaging';

/** The header that carries one request's correlation id from the gateway through every subgraph and event. */
export const CORRELATION_HEADER = 'x-correlation-id';

/** What every resolver knows about the call it serves. */
export interface RequestContext extends EventContext {
  correlationId: string;
  /** A request is caused by nobody's event. */
  causationId: null;
  actor: Actor;
  /** Who is calling and what they may do, from the gateway's proof and this service's access copy. */
  principal: Principal;
}

/** Reads the correlation id (or starts one) from request headers. */
export function correlationIdFrom(headers: IncomingHttpHeaders): string {
  const value = headers[CORRELATION_HEADER];
  const id = Array.isArray(value) ? value[0] : value;
  return id && /^[A-Za-z0-9._:-]{1,100}$/.test(id) ? id : randomUUID();
}

/** The actor recorded on the events a request causes: the signed-in user (or partner), or `anonymous`. */
export function actorOf(principal: Principal): Actor {
  const snapshot = principal.snapshot;
  if (!snapshot) return { kind: 'USER', id: 'anonymous' };
  return { kind: snapshot.kind === 'PARTNER' ? 'PARTNER' : 'USER', id: snapshot.userId, name: snapshot.name };
}
