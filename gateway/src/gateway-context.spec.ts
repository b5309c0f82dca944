import type { NextFunction, Request, Response } from 'express';
import { correlationIdMiddleware, gatewayContextOf } from './gateway-context';

function fakeExchange(headers: Record<string, string>) {
  const req = { headers } as unknown as Request;
  const sent: Record<string, string> = {};
  const res = {
    locals: {},
    setHeader: (name: string, value: string) => {
      sent[name.toLowerCase()] = value;
    },
  } as unknown as Response;
  return { req, res, sent };
}

function handle(headers: Record<string, string>) {
  const exchange = fakeExchange(headers);
  const next = jest.fn() as NextFunction;
  correlationIdMiddleware(exchange.req, exchange.res, next);
  expect(next).toHaveBeenCalledTimes(1);
  return { ...exchange, context: gatewayContextOf(exchange.req, exchange.res) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('correlation id', () => {
  it("keeps the client's id and returns it as a response header", () => {
    const { context, sent } = handle({ 'x-correlation-id': 'web-7f3a.42' });
    expect(context.correlationId).toBe('web-7f3a.42');
    expect(sent['x-correlation-id']).toBe('web-7f3a.42');
  });

  it('generates one when the client sent none', () => {
    const { context, sent } = handle({});
    expect(context.correlationId).toMatch(UUID);
    expect(sent['x-correlation-id']).toBe(context.correlationId);
  });

  it('replaces an id that is not a sane token (header injection, overlong)', () => {
    for (const bad of ['a b', 'x'.repeat(101), 'id\r\nset-cookie: x=1', '<script>']) {
      const { context } = handle({ 'x-correlation-id': bad });
      expect(context.correlationId).toMatch(UUID);
    }
  });

  it('settles the id once per request: the context reuses the one the middleware chose', () => {
    const { req, res } = fakeExchange({});
    correlationIdMiddleware(req, res, jest.fn());
    const first = gatewayContextOf(req, res).correlationId;
    expect(gatewayContextOf(req, res).correlationId).toBe(first);
  });
});

describe('gateway context', () => {
  it("carries the caller's Authorization header", () => {
    expect(handle({ authorization: 'Bearer abc' }).context.authorization).toBe('Bearer abc');
  });

  it('has no authorization when the caller sent none', () => {
    expect(handle({}).context).not.toHaveProperty('authorization');
  });
});
