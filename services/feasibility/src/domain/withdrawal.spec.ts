import { aStoredRequest } from '../../test/builders';
import { nextActionsFor } from './next-actions';
import { withdrawRequest, withdrawalRefusal, type Withdrawer } from './withdrawal';

const requester: Withdrawer = { isPartner: false, canWithdraw: true, reachesBranch: true };
const facts = { historyId: 'h-9', at: new Date('2026-03-04T12:00:00.000Z'), actorId: 'sales-1' };

describe('withdrawing a feasibility request', () => {
  it.each(['OPEN', 'ANSWERED'] as const)(
    'moves a %s request to CANCELLED with the reason in its history',
    (status) => {
      expect(withdrawRequest(aStoredRequest({ status }), requester, 'SKYNET was chosen', facts)).toEqual({
        ok: true,
        request: aStoredRequest({ status: 'CANCELLED' }),
        change: {
          id: 'h-9',
          requestId: 'req-1',
          fromStatus: status,
          toStatus: 'CANCELLED',
          changedAt: facts.at,
          changedBy: 'sales-1',
          comment: 'Withdrawn: SKYNET was chosen',
        },
      });
    },
  );

  it.each([
    ['a BSO partner', { ...requester, isPartner: true }],
    ['staff who may not raise requests', { ...requester, canWithdraw: false }],
    ['staff outside the request’s branch', { ...requester, reachesBranch: false }],
  ])('refuses %s with FORBIDDEN', (_, withdrawer) => {
    expect(withdrawalRefusal(aStoredRequest(), withdrawer)?.code).toBe('FORBIDDEN');
  });

  it.each(['FEASIBLE', 'NOT_FEASIBLE', 'CANCELLED'] as const)(
    'refuses to withdraw a %s request',
    (status) => {
      expect(withdrawRequest(aStoredRequest({ status }), requester, 'x', facts)).toEqual({
        ok: false,
        refusal: {
          code: 'INVALID_STATE',
          message: `feasibility request FR-2026-000007 is ${status}: it can no longer be withdrawn`,
        },
      });
    },
  );

  it('refuses to withdraw a request raised before requests had a branch and a BSO', () => {
    expect(withdrawalRefusal(aStoredRequest({ branchId: null, bsoId: null }), requester)?.code).toBe(
      'INVALID_STATE',
    );
  });

  it('offers WITHDRAW to a requester of the branch until the verdict', () => {
    const caller = { ...requester, bsoId: null, canRespond: false, canDecide: false };
    expect(nextActionsFor(aStoredRequest(), caller)).toEqual(['WITHDRAW']);
    expect(nextActionsFor(aStoredRequest({ status: 'FEASIBLE' }), caller)).toEqual([]);
    expect(nextActionsFor(aStoredRequest(), { ...caller, canWithdraw: false })).toEqual([]);
    expect(nextActionsFor(aStoredRequest(), { ...caller, reachesBranch: false })).toEqual([]);
  });
});
