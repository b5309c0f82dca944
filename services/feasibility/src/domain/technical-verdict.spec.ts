import { aStoredRequest } from '../../test/builders';
import { nextActionsFor } from './next-actions';
import { decideRequest, verdictRefusal, verdictSummary, type Decider } from './technical-verdict';

const answered = aStoredRequest({ status: 'ANSWERED' });
const technician: Decider = { isPartner: false, canDecide: true, reachesBranch: true };
const facts = { historyId: 'h-3', at: new Date('2026-03-03T11:00:00.000Z'), actorId: 'tech-1' };
const draft = { verdict: 'FEASIBLE' as const, remarks: 'Fibre on the pole, splice ready' };

describe('who may give the technical verdict', () => {
  it('lets a technical-feasibility user of the branch decide an ANSWERED request', () => {
    expect(verdictRefusal(answered, technician)).toBeNull();
  });

  it.each([
    ['a BSO partner, even holding the right', { ...technician, isPartner: true }],
    ['staff without TECHNICAL_FEASIBILITY', { ...technician, canDecide: false }],
    ['staff outside the request’s branch', { ...technician, reachesBranch: false }],
  ])('refuses %s with FORBIDDEN', (_, decider) => {
    expect(verdictRefusal(answered, decider)?.code).toBe('FORBIDDEN');
  });

  it('refuses a verdict before the BSO answered with INVALID_STATE', () => {
    expect(verdictRefusal(aStoredRequest(), technician)).toEqual({
      code: 'INVALID_STATE',
      message: 'feasibility request FR-2026-000007 is OPEN: its BSO has not answered yet',
    });
  });

  it('refuses a verdict on a withdrawn request', () => {
    expect(verdictRefusal({ ...answered, status: 'CANCELLED' }, technician)?.message).toBe(
      'feasibility request FR-2026-000007 is CANCELLED: it was withdrawn',
    );
  });

  it.each(['FEASIBLE', 'NOT_FEASIBLE'] as const)('refuses a second verdict on a %s request', (status) => {
    expect(verdictRefusal({ ...answered, status }, technician)).toEqual({
      code: 'INVALID_STATE',
      message: `feasibility request FR-2026-000007 is ${status}: its verdict was given already`,
    });
  });
});

describe('decideRequest', () => {
  it('moves the request to the verdict, keeps the verdict facts and records them in the history', () => {
    expect(decideRequest(answered, technician, draft, facts)).toEqual({
      ok: true,
      request: {
        ...answered,
        status: 'FEASIBLE',
        verdict: 'FEASIBLE',
        verdictRemarks: draft.remarks,
        decidedAt: facts.at,
        decidedBy: 'tech-1',
      },
      change: {
        id: 'h-3',
        requestId: 'req-1',
        fromStatus: 'ANSWERED',
        toStatus: 'FEASIBLE',
        changedAt: facts.at,
        changedBy: 'tech-1',
        comment: 'Technical verdict: feasible. Fibre on the pole, splice ready',
      },
    });
  });

  it('moves a NOT_FEASIBLE verdict to NOT_FEASIBLE', () => {
    const outcome = decideRequest(
      answered,
      technician,
      { verdict: 'NOT_FEASIBLE', remarks: 'No ROW' },
      facts,
    );
    expect(outcome.ok && [outcome.request.status, outcome.change.comment]).toEqual([
      'NOT_FEASIBLE',
      'Technical verdict: not feasible. No ROW',
    ]);
  });

  it('returns only the refusal when the caller may not decide', () => {
    expect(decideRequest(answered, { ...technician, isPartner: true }, draft, facts)).toEqual({
      ok: false,
      refusal: expect.objectContaining({ code: 'FORBIDDEN' }),
    });
  });

  it('summarises a verdict in one line', () => {
    expect(verdictSummary({ verdict: 'NOT_FEASIBLE', remarks: 'x' })).toBe(
      'Technical verdict: not feasible. x',
    );
  });
});

describe('nextActionsFor', () => {
  const partnerOfBso1 = {
    isPartner: true,
    bsoId: 'bso-1',
    canDecide: false,
    reachesBranch: false,
    canWithdraw: false,
  };
  const staff = { isPartner: false, bsoId: null, canRespond: true, canWithdraw: false };

  it('offers RESPOND to the assigned BSO partner holding the right, while the request is OPEN', () => {
    expect(nextActionsFor(aStoredRequest(), { ...partnerOfBso1, canRespond: true })).toEqual(['RESPOND']);
    expect(nextActionsFor(aStoredRequest(), { ...partnerOfBso1, canRespond: false })).toEqual([]);
    expect(nextActionsFor(answered, { ...partnerOfBso1, canRespond: true })).toEqual([]);
  });

  it('offers RECORD_VERDICT to a technical-feasibility user of the branch once the BSO answered', () => {
    expect(nextActionsFor(answered, { ...staff, canDecide: true, reachesBranch: true })).toEqual([
      'RECORD_VERDICT',
    ]);
    expect(nextActionsFor(aStoredRequest(), { ...staff, canDecide: true, reachesBranch: true })).toEqual([]);
    expect(nextActionsFor(answered, { ...staff, canDecide: false, reachesBranch: true })).toEqual([]);
    expect(nextActionsFor(answered, { ...staff, canDecide: true, reachesBranch: false })).toEqual([]);
    expect(
      nextActionsFor({ ...answered, status: 'FEASIBLE' }, { ...staff, canDecide: true, reachesBranch: true }),
    ).toEqual([]);
  });
});
