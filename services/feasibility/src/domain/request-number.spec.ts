import {
  MAX_REQUESTS_PER_YEAR,
  RequestNumberExhaustedError,
  formatRequestNo,
  requestNoYear,
} from './request-number';

describe('formatRequestNo', () => {
  it('pads the yearly sequence to six digits', () => {
    expect(formatRequestNo(2026, 1)).toBe('FR-2026-000001');
    expect(formatRequestNo(2026, 123)).toBe('FR-2026-000123');
    expect(formatRequestNo(2027, MAX_REQUESTS_PER_YEAR)).toBe('FR-2027-999999');
  });

  it('refuses a sequence beyond six digits instead of widening the number', () => {
    expect(() => formatRequestNo(2026, MAX_REQUESTS_PER_YEAR + 1)).toThrow(RequestNumberExhaustedError);
  });

  it('refuses sequences and years that no counter hands out', () => {
    expect(() => formatRequestNo(2026, 0)).toThrow(RangeError);
    expect(() => formatRequestNo(2026, 1.5)).toThrow(RangeError);
    expect(() => formatRequestNo(26, 1)).toThrow(RangeError);
  });
});

describe('requestNoYear', () => {
  it('counts years in UTC, whatever the local offset of the instant', () => {
    // 05:00 on 1 January in India (UTC+05:30) is still the previous year in UTC.
    expect(requestNoYear(new Date('2027-01-01T05:00:00+05:30'))).toBe(2026);
    expect(requestNoYear(new Date('2027-01-01T00:00:00.000Z'))).toBe(2027);
  });
});
