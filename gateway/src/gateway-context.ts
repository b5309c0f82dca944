import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlationIdFrom } from '@oms/server/lite';

/** What the gateway knows about one client request; every subgraph call made for it carries this. */
export interface GatewayContext {
  /** One id for the whole request: the client's `x-correlation-id` when valid, a fresh UUID otherwise. */
  correlationId: string;
  /** The client's `Authorization` header, forwarded unchanged to every subgraph. */
  authorization?: string;
}

/**
 * Express middleware that settles the request's correlation id once, before anything else runs: taken from
 * the client's `x-correlation-id` when it is a sane token, generated otherwise. It is kept in
 * `res.locals.correlationId` for the GraphQL context and returned to the client as a response header, so a
 * caller can quote it when reporting a problem.
 */
export function correlationIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const id = correlationIdFrom(req.headers);
  res.locals.correlationId = id;
  res.setHeader(CORRELATION_HEADER, id);
  next();
}

/** Builds the GraphQL context of one request (after `correlationIdMiddleware` has run). */
export function gatewayContextOf(req: Request, res: Response): GatewayContext {
  const locals = res.locals as { correlationId?: string };
  const correlationId = locals.correlationId ?? correlationIdFrom(req.headers);
  const authorization = req.headers.authorization;
  return authorization ? { correlationId, authorization } : { correlationId };
}
