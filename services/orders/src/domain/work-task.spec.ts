import { claimRefusal, completeRefusal, isTaskOverdue, releaseRefusal, type WorkTask } from './work-task';

const task: WorkTask = {
  id: 't1',
  orderId: 'o1',
  orderNo: 'ORD-2026-000001',
  queue: 'PROVISIONING',
  teamId: null,
  branchId: 'b1',
  cityId: 'c1',
  state: 'PROVISIONING',
  transition: 'COMPLETE_PROVISIONING',
  status: 'OPEN',
  claimedBy: null,
  claimedAt: null,
  createdAt: new Date('2026-12-07T00:00:00Z'),
  dueAt: new Date('2026-12-10T00:00:00Z'),
  completedAt: null,
  completedBy: null,
};

describe('work-queue tasks', () => {
  it('are claimed while open, released and completed only by who claimed them', () => {
    expect(claimRefusal(task)).toBeNull();
    const claimed = { ...task, status: 'CLAIMED' as const, claimedBy: 'u1' };
    expect(claimRefusal(claimed)).toBe('task is CLAIMED and cannot be claimed');
    expect(releaseRefusal(claimed, 'u1')).toBeNull();
    expect(releaseRefusal(claimed, 'u2')?.code).toBe('TASK_CLAIMED_BY_OTHER');
    expect(completeRefusal(task, 'u1')).toEqual({ code: 'INVALID_STATE', message: 'claim the task first' });
    expect(completeRefusal(claimed, 'u1')).toBeNull();
    expect(completeRefusal({ ...claimed, status: 'DONE' }, 'u1')?.code).toBe('INVALID_STATE');
  });

  it('are overdue only while still to do and past due', () => {
    const late = new Date('2026-12-11T00:00:00Z');
    expect(isTaskOverdue(task, late)).toBe(true);
    expect(isTaskOverdue(task, new Date('2026-12-08T00:00:00Z'))).toBe(false);
    expect(isTaskOverdue({ ...task, status: 'DONE' }, late)).toBe(false);
  });
});
