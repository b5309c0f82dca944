import type { NextFunction, Request, Response } from 'express';
import {
  TokenError,
  unauthenticated,
  type AccessTokenVerifier,
  type ProofSigner,
  type ProvenCaller,
} from '@oms/auth/lite';
import { CORRELATION_HEADER, correlationIdFrom } from '@oms/server/lite';
import type { Logger } from '@oms/config';

/** What the gateway knows about one client request; every subgraph call made for it carries this. */
export interface GatewayContext {
  /** One id for the whole request: the client's `x-correlation-id` when valid, a fresh UUID otherwise. */
  correlationId: string;
  /** The verified caller (user and session), or nobody for a request without a token. */
  caller: ProvenCaller;
  /** The gateway's signed proof naming the caller, sent to every subgraph in `x-oms-gateway-proof`. */
  proof: string;
}

/** How the gateway authenticates callers and vouches for them to the subgraphs. */
export interface GatewayAuth {
  tokens: AccessTokenVerifier;
  proofs: ProofSigner;
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

/** The bearer token of an `Authorization` header; `undefined` without a header, `null` when malformed. */
export function bearerTokenOf(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9_\-.=]+)$/i.exec(header.trim());
  return match ? match[1] : null;
}

/**
 * Builds the GraphQL context of one request (after `correlationIdMiddleware` has run): verifies the access
 * token when one is sent — a missing token makes an anonymous caller, who can only log in; a malformed,
 * expired, forged or misdirected one refuses the whole request with UNAUTHENTICATED (401) — and signs the
 * proof the subgraphs will demand. Clients get one message whatever was wrong; the reason is logged.
 */
export async function gatewayContextOf(
  req: Request,
  res: Response,
  auth: GatewayAuth,
  logger?: Logger,
): Promise<GatewayContext> {
  const locals = res.locals as { correlationId?: string };
  const correlationId = locals.correlationId ?? correlationIdFrom(req.headers);
  const token = bearerTokenOf(req.headers.authorization);
  let caller: ProvenCaller = { userId: null, sessionId: null };
  if (token !== undefined) {
    try {
      if (token === null) throw new TokenError('the Authorization header is not "Bearer <token>"');
      caller = await auth.tokens.verify(token);
    } catch (err) {
      logger?.info({ correlationId, reason: (err as Error).message }, 'refused an access token');
      throw unauthenticated(
        'The access token is missing, malformed, expired or revoked. Sign in again.',
        401,
      );
    }
  }
  return { correlationId, caller, proof: await auth.proofs.sign(caller) };
}
