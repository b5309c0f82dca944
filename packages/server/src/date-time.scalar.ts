import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { z } from 'zod';

const isoWithOffset = z.iso.datetime({ offset: true });

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !isoWithOffset.safeParse(value).success) {
    throw new GraphQLError('DateTime must be an ISO-8601 instant with offset, e.g. 2026-11-22T10:15:00Z', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Date(value);
}

/**
 * `DateTime`: an instant in ISO-8601 with offset. Inputs are checked and become `Date`s; outputs are written
 * in UTC with milliseconds (`2026-11-22T10:15:00.000Z`).
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with offset (e.g. 2026-11-22T10:15:00.000Z).',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new TypeError(`not a DateTime: ${String(value)}`);
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
