import { asksForSame, openFeasibilityRequest, type FeasibilityRequestDraft } from './feasibility-request';

const draft: FeasibilityRequestDraft = {
  leadId: '0b9f2a52-4f59-4c41-9d5e-3c1f5a0e7d11',
  cityId: '6a1d4c3e-2b8f-4e7a-9c5d-1f0e2d3c4b5a',
  bandwidthMbps: 100,
  address: '4th floor, Tech Park, Baner Road, Pune',
};
const at = new Date('2026-03-01T09:30:00.000Z');

describe('openFeasibilityRequest', () => {
  const { request, change } = openFeasibilityRequest(draft, {
    id: 'req-1',
    historyId: 'hist-1',
    requestNo: 'FR-2026-000001',
    at,
    actorId: 'user-7',
    clientMutationId: 'key-1',
  });

  it('opens the request in OPEN with what was asked, who asked and when', () => {
    expect(request).toEqual({
      ...draft,
      id: 'req-1',
      requestNo: 'FR-2026-000001',
      status: 'OPEN',
      clientMutationId: 'key-1',
      createdAt: at,
      createdBy: 'user-7',
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

describe('asksForSame', () => {
  const { request } = openFeasibilityRequest(draft, {
    id: 'req-1',
    historyId: 'hist-1',
    requestNo: 'FR-2026-000001',
    at,
    actorId: 'user-7',
    clientMutationId: 'key-1',
  });

  it('accepts a resubmission of the same lead, city, bandwidth and address', () => {
    expect(asksForSame(request, { ...draft })).toBe(true);
  });

  it.each([
    ['lead', { leadId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }],
    ['city', { cityId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }],
    ['bandwidth', { bandwidthMbps: 200 }],
    ['address', { address: 'Plot 12, MIDC, Hinjewadi, Pune' }],
  ])('tells apart a request for another %s', (_, change) => {
    expect(asksForSame(request, { ...draft, ...change })).toBe(false);
  });
});
