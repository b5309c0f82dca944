import { Kind } from 'graphql';
import { DateScalar } from './date.scalar';
import { DecimalScalar } from './decimal.scalar';

describe('Date scalar', () => {
  it('takes and gives calendar dates as they are', () => {
    expect(DateScalar.parseValue('2026-12-07')).toBe('2026-12-07');
    expect(DateScalar.serialize('2026-02-28')).toBe('2026-02-28');
  });

  it.each(['2026-13-01', '07-12-2026', '2026-12-07T00:00:00Z', 20261207, ''])('refuses %p', (value) => {
    expect(() => DateScalar.parseValue(value)).toThrow('Date must be a calendar date');
  });

  it('refuses a literal that is not a string', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow('Date must be a string');
  });
});

describe('Decimal scalar', () => {
  it('keeps amounts as strings', () => {
    expect(DecimalScalar.parseValue('12500.50')).toBe('12500.50');
    expect(DecimalScalar.serialize('1.00')).toBe('1.00');
  });

  it('refuses floats, which would lose precision', () => {
    expect(() => DecimalScalar.parseValue(12.5)).toThrow('Decimal must be a string');
  });
});
