import { Kind } from 'graphql';
import { DateTimeScalar } from './date-time.scalar';

describe('DateTime scalar', () => {
  it('reads ISO-8601 instants with an offset as Dates', () => {
    expect(DateTimeScalar.parseValue('2026-11-22T15:45:00+05:30')).toEqual(new Date('2026-11-22T10:15:00Z'));
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2026-11-22T10:15:00.000Z' })).toEqual(
      new Date('2026-11-22T10:15:00Z'),
    );
  });

  it('refuses dates without time or offset, and non-strings, as bad user input', () => {
    for (const bad of ['2026-11-22', '2026-11-22T10:15:00', 'yesterday', 1763800000000]) {
      expect(() => DateTimeScalar.parseValue(bad)).toThrow(/ISO-8601/);
    }
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(/string/);
  });

  it('writes instants in UTC with milliseconds', () => {
    expect(DateTimeScalar.serialize(new Date('2026-11-22T15:45:00+05:30'))).toBe('2026-11-22T10:15:00.000Z');
    expect(() => DateTimeScalar.serialize(new Date('invalid'))).toThrow(TypeError);
  });
});
