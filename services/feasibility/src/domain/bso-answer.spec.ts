import { aStoredRequest } from '../../test/builders';
import {
  answerRefusal,
  answerRequest,
  answerSummary,
  canonicalCost,
  type BsoAnswerDraft,
} from './bso-answer';

const request = aStoredRequest();
const partnerOfBso1 = { isPartner: true, bsoId: 'bso-1' };
const feasible: BsoAnswerDraft = {
  feasible: true,
  otcCost: '12500.00',
  mrcCost: '3000.50',
  expectedDeliveryDays: 30,
  remarks: 'riser available',
};
const facts = { answerId: 'a-1', historyId: 'h-2', at: new Date('2026-03-02T10:00:00.000Z'), actorId: 'p-1' };

describe('canonicalCost', () => {
  it.each([
    ['12500', '12500.00'],
    ['12500.5', '12500.50'],
    ['0', '0.00'],
    ['0.05', '0.05'],
    ['007.25', '7.25'],
    [' 42.10 ', '42.10'],
    ['9999999999.99', '9999999999.99'],
  ])('writes %p as %p', (raw, canonical) => {
    expect(canonicalCost(raw)).toBe(canonical);
  });

  it.each(['-1', '1.005', '1e3', '12,500', '', '.5', '5.', 'abc', '10000000000', 'NaN'])(
    'refuses %p',
    (raw) => {
      expect(canonicalCost(raw)).toBeNull();
    },
  );
});

describe('who may answer', () => {
  it('lets a partner of the assigned BSO answer an OPEN request', () => {
    expect(answerRefusal(request, partnerOfBso1)).toBeNull();
  });

  it.each([
    ['a partner of another BSO', { isPartner: true, bsoId: 'bso-2' }],
    ['a partner without a BSO', { isPartner: true, bsoId: null }],
    ['staff, even with a BSO id', { isPartner: false, bsoId: 'bso-1' }],
  ])('refuses %s with FORBIDDEN', (_, responder) => {
    expect(answerRefusal(request, responder)?.code).toBe('FORBIDDEN');
  });

  it('refuses an answer to a request that has none to wait for (no BSO)', () => {
    expect(answerRefusal({ ...request, bsoId: null }, partnerOfBso1)?.code).toBe('FORBIDDEN');
  });

  it('refuses a second answer with INVALID_STATE', () => {
    expect(answerRefusal({ ...request, status: 'ANSWERED' }, partnerOfBso1)).toEqual({
      code: 'INVALID_STATE',
      message: 'feasibility request FR-2026-000007 is ANSWERED: it no longer waits for an answer',
    });
  });
});

describe('answerRequest', () => {
  it('moves the request to ANSWERED, summarises the answer in the history and keeps the answer', () => {
    const outcome = answerRequest(request, partnerOfBso1, feasible, facts);
    expect(outcome).toEqual({
      ok: true,
      request: { ...request, status: 'ANSWERED' },
      change: {
        id: 'h-2',
        requestId: 'req-1',
        fromStatus: 'OPEN',
        toStatus: 'ANSWERED',
        changedAt: facts.at,
        changedBy: 'p-1',
        comment: 'BSO answered: feasible, OTC 12500.00 INR, MRC 3000.50 INR, delivery in 30 days',
      },
      answer: {
        ...feasible,
        id: 'a-1',
        requestId: 'req-1',
        bsoId: 'bso-1',
        currency: 'INR',
        answeredAt: facts.at,
        answeredBy: 'p-1',
      },
    });
  });

  it('summarises an answer that it is not feasible', () => {
    expect(
      answerSummary({
        feasible: false,
        otcCost: null,
        mrcCost: null,
        expectedDeliveryDays: null,
        remarks: null,
      }),
    ).toBe('BSO answered: not feasible');
  });

  it('returns the refusal and nothing else when the responder may not answer', () => {
    expect(answerRequest(request, { isPartner: true, bsoId: 'bso-2' }, feasible, facts)).toEqual({
      ok: false,
      refusal: {
        code: 'FORBIDDEN',
        message: 'only a partner account of the BSO the request is assigned to can answer it',
      },
    });
  });
});
