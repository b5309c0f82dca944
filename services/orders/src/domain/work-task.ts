import type { TeamKind } from './known-team';
import type { OrderState } from './order-flow';

/** Where a work-queue task stands. */
export const TASK_STATUSES = ['OPEN', 'CLAIMED', 'DONE', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * A manual step of an order's flow, waiting in a team's work queue (kind + branch + city): a member claims
 * it, may release it back, and completes it, which fires the transition the task stands for.
 */
export interface WorkTask {
  id: string;
  orderId: string;
  orderNo: string;
  /** The work queue: the kind of team. */
  queue: TeamKind;
  /** The team chosen for the order's branch and city when the task was opened; null when none fitted. */
  teamId: string | null;
  branchId: string;
  cityId: string;
  /** The order state the task belongs to; completing the task moves the order on from it. */
  state: OrderState;
  /** The flow transition completing the task fires. */
  transition: string;
  status: TaskStatus;
  claimedBy: string | null;
  claimedAt: Date | null;
  createdAt: Date;
  /** When the task is due: the state's TAT budget. */
  dueAt: Date | null;
  completedAt: Date | null;
  completedBy: string | null;
}

/** Codes of work-queue refusals. */
export const TaskErrorCode = {
  INVALID_STATE: 'INVALID_STATE',
  /** The caller may not work this queue (right or installation city). */
  FORBIDDEN: 'FORBIDDEN',
  /** Another user holds the task. */
  CLAIMED_BY_OTHER: 'TASK_CLAIMED_BY_OTHER',
} as const;

/** Why a task move is refused, or null when it is allowed. */
export function claimRefusal(task: WorkTask): string | null {
  if (task.status !== 'OPEN') return `task is ${task.status} and cannot be claimed`;
  return null;
}

/** Why releasing is refused: only the holder releases a claimed task. */
export function releaseRefusal(task: WorkTask, userId: string): { code: string; message: string } | null {
  if (task.status !== 'CLAIMED')
    return { code: TaskErrorCode.INVALID_STATE, message: `task is ${task.status}` };
  if (task.claimedBy !== userId)
    return { code: TaskErrorCode.CLAIMED_BY_OTHER, message: 'the task is claimed by someone else' };
  return null;
}

/** Why completing is refused: a task must be claimed by the caller first. */
export function completeRefusal(task: WorkTask, userId: string): { code: string; message: string } | null {
  if (task.status === 'OPEN') return { code: TaskErrorCode.INVALID_STATE, message: 'claim the task first' };
  return releaseRefusal(task, userId);
}

/** Whether a task is past due at `now` while still to do. */
export function isTaskOverdue(task: Pick<WorkTask, 'dueAt' | 'status'>, now: Date): boolean {
  return (task.status === 'OPEN' || task.status === 'CLAIMED') && task.dueAt !== null && task.dueAt < now;
}
