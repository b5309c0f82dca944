import { aStoredRequest } from '../../test/builders';
import { FEASIBILITY_REQUEST_STATUSES } from './feasibility-request';
import { FEASIBILITY_REQUEST_PROCESS, canMove, moveRequest } from './feasibility-request-process';

const request = aStoredRequest({ requestNo: 'FR-2026-000001' });
const facts = {
  historyId: 'h-2',
  at: new Date('2026-03-02T10:00:00.000Z'),
  actorId: 'partner-1',
  comment: 'why',
};

describe('the feasibility request lifecycle', () => {
  it('describes every status, and only known ones', () => {
    expect(Object.keys(FEASIBILITY_REQUEST_PROCESS).sort()).toEqual([...FEASIBILITY_REQUEST_STATUSES].sort());
    for (const { to } of Object.values(FEASIBILITY_REQUEST_PROCESS))
      for (const next of to) expect(FEASIBILITY_REQUEST_STATUSES).toContain(next);
  });

  it('reaches every status from OPEN', () => {
    const reached = new Set(['OPEN']);
    const queue = ['OPEN'] as (keyof typeof FEASIBILITY_REQUEST_PROCESS)[];
    while (queue.length > 0) {
      for (const next of FEASIBILITY_REQUEST_PROCESS[queue.shift()!].to) {
        if (!reached.has(next)) queue.push(next);
        reached.add(next);
      }
    }
    expect([...reached].sort()).toEqual([...FEASIBILITY_REQUEST_STATUSES].sort());
  });

  it('allows exactly the answer, the two verdicts and the withdrawal before a verdict, and refuses every other edge', () => {
    const allowed = FEASIBILITY_REQUEST_STATUSES.flatMap((from) =>
      FEASIBILITY_REQUEST_STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'OPEN→ANSWERED',
      'OPEN→CANCELLED',
      'ANSWERED→FEASIBLE',
      'ANSWERED→NOT_FEASIBLE',
      'ANSWERED→CANCELLED',
    ]);
  });

  it('moves a request and records who moved it, when and why', () => {
    const moved = moveRequest(request, 'ANSWERED', facts);
    expect(moved).toEqual({
      ok: true,
      request: { ...request, status: 'ANSWERED' },
      change: {
        id: 'h-2',
        requestId: 'req-1',
        fromStatus: 'OPEN',
        toStatus: 'ANSWERED',
        changedAt: facts.at,
        changedBy: 'partner-1',
        comment: 'why',
      },
    });
  });

  it('refuses a move the table does not allow with INVALID_STATE', () => {
    expect(moveRequest({ ...request, status: 'ANSWERED' }, 'ANSWERED', facts)).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message: 'feasibility request FR-2026-000001 is ANSWERED and cannot become ANSWERED',
      },
    });
    expect(moveRequest(request, 'OPEN', facts).ok).toBe(false);
  });
});
