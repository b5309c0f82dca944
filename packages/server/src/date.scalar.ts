import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { z } from 'zod';

const isoDate = z.iso.date();

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isoDate.safeParse(value).success) {
    throw new GraphQLError('Date must be a calendar date YYYY-MM-DD, e.g. 2026-12-07', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * `Date`: a calendar date without time or zone (`2026-12-07`), for effective dates such as installation,
 * activation and billing start. Kept as the string both ways, so no time zone can shift it by a day.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (e.g. 2026-12-07).',
  serialize(value) {
    if (typeof value === 'string' && isoDate.safeParse(value).success) return value;
    throw new TypeError(`not a Date: ${String(value)}`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
