import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (typeof value !== 'string' || value.length > 40) {
    throw new GraphQLError('Decimal must be a string such as "12500.50"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * `Decimal`: an amount as a string (never a float, so nothing is rounded on the way). The scalar only takes
 * strings; what amount is acceptable (≥ 0, two decimals) is the use case's rule, answered as a typed error on
 * the field.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'A decimal amount as a string, e.g. "12500.50".',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    throw new TypeError(`not a Decimal: ${String(value)}`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Decimal must be a string such as "12500.50"', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
