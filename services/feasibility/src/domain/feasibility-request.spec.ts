import {
  answerDueAt,
  asksForSame,
  isAnswerOverdue,
  needsReminder,
  openFeasibilityRequest,
  type FeasibilityRequestDraft,
} from './feasibility-request';

const draft: FeasibilityRequestDraft = {
  leadId: '0b9f2a52-4f59-4c41-9d5e-3c1f5a0e7d11',
  cityId: '6a1d4c3e-2b8f-4e7a-9c5d-1f0e2d3c4b5a',
  branchId: '3e0a4b1c-7d2e-4f6a-8b9c-5d4e3f2a1b0c',
  bsoId: '9f8e7d6c-5b4a-4392-8817-263544536271',
  bandwidthMbps: 100,
  address: '4th floor, Tech Park, Baner Road, Pune',
};
const at = new Date('2026-03-01T09:30:00.000Z');
const facts = {
  id: 'req-1',
  historyId: 'hist-1',
  requestNo: 'FR-2026-000001',
  at,
  actorId: 'user-7',
  clientMutationId: 'key-1',
  tatHours: 48,
};

describe('openFeasibilityRequest', () => {
  const { request, change } = openFeasibilityRequest(draft, facts);

  it('opens the request in OPEN with what was asked, who asked, when, and when the BSO should answer', () => {
    expect(request).toEqual({
      ...draft,
      id: 'req-1',
      requestNo: 'FR-2026-000001',
      status: 'OPEN',
      answerDueAt: new Date('2026-03-03T09:30:00.000Z'),
      clientMutationId: 'key-1',
      batchId: null,
      createdAt: at,
      createdBy: 'user-7',
      verdict: null,
      verdictRemarks: null,
      decidedAt: null,
      decidedBy: null,
      remindedAt: null,
    });
  });

  it('records the creation as the first history entry, from no status to OPEN', () => {
    expect(change).toEqual({
      id: 'hist-1',
      requestId: 'req-1',
      fromStatus: null,
      toStatus: 'OPEN',
      changedAt: at,
      changedBy: 'user-7',
      comment: null,
    });
  });
});

describe('answerDueAt', () => {
  it('adds the TAT in hours, across days and month ends', () => {
    expect(answerDueAt(new Date('2026-01-31T20:00:00.000Z'), 1)).toEqual(
      new Date('2026-01-31T21:00:00.000Z'),
    );
    expect(answerDueAt(new Date('2026-01-31T20:00:00.000Z'), 720)).toEqual(
      new Date('2026-03-02T20:00:00.000Z'),
    );
  });
});

describe('isAnswerOverdue', () => {
  const due = new Date('2026-03-03T09:30:00.000Z');
  const justAfter = new Date(due.getTime() + 1);

  it('is late only once the due time has passed while the BSO has not answered', () => {
    expect(isAnswerOverdue({ status: 'OPEN', answerDueAt: due }, justAfter)).toBe(true);
    expect(isAnswerOverdue({ status: 'OPEN', answerDueAt: due }, due)).toBe(false);
  });

  it('is never late once answered, decided or withdrawn, nor without a due time', () => {
    for (const status of ['ANSWERED', 'FEASIBLE', 'NOT_FEASIBLE', 'CANCELLED'] as const)
      expect(isAnswerOverdue({ status, answerDueAt: due }, justAfter)).toBe(false);
    expect(isAnswerOverdue({ status: 'OPEN', answerDueAt: null }, justAfter)).toBe(false);
  });
});

describe('needsReminder', () => {
  const due = new Date('2026-03-03T09:30:00.000Z');
  const later = new Date('2026-03-03T10:00:00.000Z');

  it('reminds a late BSO once: not before its answer is late, not after it was reminded', () => {
    expect(needsReminder({ status: 'OPEN', answerDueAt: due, remindedAt: null }, later)).toBe(true);
    expect(needsReminder({ status: 'OPEN', answerDueAt: due, remindedAt: null }, due)).toBe(false);
    expect(needsReminder({ status: 'OPEN', answerDueAt: due, remindedAt: later }, later)).toBe(false);
    expect(needsReminder({ status: 'ANSWERED', answerDueAt: due, remindedAt: null }, later)).toBe(false);
  });
});

describe('asksForSame', () => {
  const { request } = openFeasibilityRequest(draft, facts);

  it('accepts a resubmission of the same lead, city, branch, BSO, bandwidth and address', () => {
    expect(asksForSame(request, { ...draft })).toBe(true);
  });

  it.each([
    ['lead', { leadId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }],
    ['city', { cityId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }],
    ['branch', { branchId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }],
    ['BSO', { bsoId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }],
    ['bandwidth', { bandwidthMbps: 200 }],
    ['address', { address: 'Plot 12, MIDC, Hinjewadi, Pune' }],
  ])('tells apart a request for another %s', (_, change) => {
    expect(asksForSame(request, { ...draft, ...change })).toBe(false);
  });
});
