import {
  LEAD_NO_PATTERN,
  formatLeadNo,
  isValidPhone,
  leadCancelRefusal,
  leadNoYear,
  normalizePhone,
  openLead,
} from './lead';

describe('formatLeadNo', () => {
  it('pads the serial to six digits after the year', () => {
    expect(formatLeadNo(2026, 1)).toBe('LEAD-2026-000001');
    expect(formatLeadNo(2026, 123)).toBe('LEAD-2026-000123');
    expect(formatLeadNo(2027, 999_999)).toBe('LEAD-2027-999999');
    expect(formatLeadNo(2026, 42)).toMatch(LEAD_NO_PATTERN);
  });

  it('refuses serials outside 1–999999 and years without four digits', () => {
    expect(() => formatLeadNo(2026, 0)).toThrow(RangeError);
    expect(() => formatLeadNo(2026, 1_000_000)).toThrow(/1–999999/);
    expect(() => formatLeadNo(2026, 1.5)).toThrow(RangeError);
    expect(() => formatLeadNo(999, 1)).toThrow(/4 digits/);
    expect(() => formatLeadNo(10_000, 1)).toThrow(/4 digits/);
  });
});

describe('leadNoYear', () => {
  it('takes the year in UTC, so the series turns over at midnight UTC', () => {
    expect(leadNoYear(new Date('2026-12-31T23:59:59.999Z'))).toBe(2026);
    expect(leadNoYear(new Date('2027-01-01T00:00:00.000Z'))).toBe(2027);
    // 05:00 on 1 January in India is still the old year in UTC.
    expect(leadNoYear(new Date('2027-01-01T05:00:00+05:30'))).toBe(2026);
  });
});

describe('phone numbers', () => {
  it('drops the separators people type', () => {
    expect(normalizePhone('+91 (20) 1234-5678')).toBe('+912012345678');
    expect(normalizePhone('98765.43210')).toBe('9876543210');
  });

  it('accepts 10–15 digits with an optional leading +', () => {
    expect(isValidPhone('9876543210')).toBe(true);
    expect(isValidPhone('+919876543210')).toBe(true);
    expect(isValidPhone('123456789012345')).toBe(true);
    expect(isValidPhone('987654321')).toBe(false);
    expect(isValidPhone('1234567890123456')).toBe(false);
    expect(isValidPhone('98765x3210')).toBe(false);
    expect(isValidPhone('91+9876543210')).toBe(false);
  });
});

describe('openLead', () => {
  it('starts every lead OPEN with the given identity and details', () => {
    const createdAt = new Date('2026-03-01T10:00:00Z');
    const lead = openLead(
      {
        customerId: null,
        salesMode: 'DIRECT',
        source: null,
        crmOwnerId: 'u1',
        customerName: 'Acme',
        contactEmail: null,
        contactPhone: '9876543210',
        cityId: 'c1',
        branchId: 'b1',
        productInterest: null,
      },
      { id: 'l1', leadNo: 'LEAD-2026-000001', createdAt, createdBy: 'u1' },
    );
    expect(lead).toEqual({
      id: 'l1',
      leadNo: 'LEAD-2026-000001',
      customerName: 'Acme',
      contactEmail: null,
      contactPhone: '9876543210',
      cityId: 'c1',
      branchId: 'b1',
      productInterest: null,
      state: 'OPEN',
      createdAt,
      createdBy: 'u1',
      cancelReason: null,
      cancelledAt: null,
      cancelledBy: null,
      customerId: null,
      salesMode: 'DIRECT',
      source: null,
      crmOwnerId: 'u1',
    });
  });
});

describe('leadCancelRefusal', () => {
  it('lets only an OPEN lead be cancelled directly', () => {
    expect(leadCancelRefusal({ state: 'OPEN', leadNo: 'LEAD-2026-000001' })).toBeNull();
    expect(leadCancelRefusal({ state: 'CANCELLED', leadNo: 'LEAD-2026-000001' })).toBe(
      'lead LEAD-2026-000001 is CANCELLED and cannot be cancelled',
    );
  });
});
