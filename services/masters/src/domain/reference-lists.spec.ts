import {
  applyReferenceAttributes,
  ATTRIBUTE_OF_KIND,
  REFERENCE_LIST_KINDS,
  referenceAttributeIssues,
  type ReferenceAttributes,
} from './reference-lists';

const none: ReferenceAttributes = { days: null, months: null, charge: null };

describe('referenceAttributeIssues', () => {
  it('takes each kind with its own attribute, and the plain kinds with none', () => {
    expect(referenceAttributeIssues('PAYMENT_TERM', { days: 30 }, true)).toEqual([]);
    expect(referenceAttributeIssues('BILLING_CYCLE', { months: 3 }, true)).toEqual([]);
    expect(referenceAttributeIssues('PRICE_COMPONENT', { charge: 'RECURRING' }, true)).toEqual([]);
    for (const list of REFERENCE_LIST_KINDS.filter((k) => !ATTRIBUTE_OF_KIND[k])) {
      expect(referenceAttributeIssues(list, {}, true)).toEqual([]);
      expect(referenceAttributeIssues(list, none, true)).toEqual([]);
    }
  });

  it('requires the kind’s attribute on create, but lets an edit leave it as it is', () => {
    expect(referenceAttributeIssues('PAYMENT_TERM', {}, true)).toEqual([
      { attribute: 'days', message: 'days is required for PAYMENT_TERM items' },
    ]);
    expect(referenceAttributeIssues('BILLING_CYCLE', { months: null }, true)).toEqual([
      { attribute: 'months', message: 'months is required for BILLING_CYCLE items' },
    ]);
    expect(referenceAttributeIssues('PRICE_COMPONENT', {}, true)).toEqual([
      { attribute: 'charge', message: 'charge is required for PRICE_COMPONENT items' },
    ]);
    expect(referenceAttributeIssues('PAYMENT_TERM', {}, false)).toEqual([]);
    expect(referenceAttributeIssues('PRICE_COMPONENT', { charge: null }, false)).toEqual([]);
  });

  it('refuses attributes a kind does not take, each by name', () => {
    expect(
      referenceAttributeIssues('DELIVERY_MODE', { days: 0, months: 1, charge: 'ONE_TIME' }, true),
    ).toEqual([
      { attribute: 'days', message: 'days does not apply to DELIVERY_MODE items' },
      { attribute: 'months', message: 'months does not apply to DELIVERY_MODE items' },
      { attribute: 'charge', message: 'charge does not apply to DELIVERY_MODE items' },
    ]);
    expect(referenceAttributeIssues('PAYMENT_TERM', { days: 15, months: 1 }, false)).toEqual([
      { attribute: 'months', message: 'months does not apply to PAYMENT_TERM items' },
    ]);
    expect(referenceAttributeIssues('BILLING_CYCLE', { charge: 'RECURRING' }, true)).toEqual([
      { attribute: 'months', message: 'months is required for BILLING_CYCLE items' },
      { attribute: 'charge', message: 'charge does not apply to BILLING_CYCLE items' },
    ]);
  });

  it('keeps days within 0..365 and months within 1..60, whole numbers only', () => {
    for (const days of [0, 1, 365])
      expect(referenceAttributeIssues('PAYMENT_TERM', { days }, true)).toEqual([]);
    for (const days of [-1, 366, 1.5]) {
      expect(referenceAttributeIssues('PAYMENT_TERM', { days }, false)).toEqual([
        { attribute: 'days', message: 'days must be a whole number from 0 to 365' },
      ]);
    }
    for (const months of [1, 12, 60]) {
      expect(referenceAttributeIssues('BILLING_CYCLE', { months }, true)).toEqual([]);
    }
    for (const months of [0, 61, 2.5]) {
      expect(referenceAttributeIssues('BILLING_CYCLE', { months }, true)).toEqual([
        { attribute: 'months', message: 'months must be a whole number from 1 to 60' },
      ]);
    }
  });
});

describe('applyReferenceAttributes', () => {
  it('stores the kind’s attribute and nothing else', () => {
    expect(applyReferenceAttributes('PAYMENT_TERM', none, { days: 30 })).toEqual({
      days: 30,
      months: null,
      charge: null,
    });
    expect(applyReferenceAttributes('DELIVERY_MODE', none, {})).toEqual(none);
  });

  it('keeps the current value when an edit leaves it out, and takes a new one, zero included', () => {
    const net30 = { ...none, days: 30 };
    expect(applyReferenceAttributes('PAYMENT_TERM', net30, {})).toEqual(net30);
    expect(applyReferenceAttributes('PAYMENT_TERM', net30, { days: null })).toEqual(net30);
    expect(applyReferenceAttributes('PAYMENT_TERM', net30, { days: 0 })).toEqual({ ...none, days: 0 });
    const otc = { ...none, charge: 'ONE_TIME' as const };
    expect(applyReferenceAttributes('PRICE_COMPONENT', otc, { charge: 'RECURRING' })).toEqual({
      ...none,
      charge: 'RECURRING',
    });
  });
});
