import { z } from 'zod';
import type { Principal } from '@oms/auth';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { mayFire } from '../domain/order-engine';
import { flowOf, transitionNamed } from '../domain/order-flow';
import {
  claimRefusal,
  completeRefusal,
  releaseRefusal,
  TaskErrorCode,
  type WorkTask,
} from '../domain/work-task';
import type { OrderRepository } from '../persistence/order.repository';
import { flowActor, toOrder } from './order-entry';
import type { OrderTransitions } from './order-transitions';

const id = z.string().trim().min(1, 'id is required');
export const taskInput = z.object({ id });
export const completeTaskInput = z.object({
  id,
  comment: z.string().trim().max(1000, 'comment must have at most 1000 characters').nullish(),
  installationDate: z.iso.date('installationDate must be a date YYYY-MM-DD').nullish(),
});

/**
 * The work queues: a team member claims a task of their queue (within their branch, or for installation
 * work their installation cities), may release it, and completes it, which fires the flow transition the
 * task stands for through the engine; the engine closes the task and opens the next one in the same
 * transaction. Someone who may not fire the task's transition cannot see, claim or complete it.
 */
export class WorkQueue {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly transitions: OrderTransitions,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  claim(context: EventContext, principal: Principal, raw: unknown): Promise<Result<WorkTask>> {
    return this.move(context, principal, raw, (task, at, userId) => {
      const refusal = claimRefusal(task);
      if (refusal) return fail(userError(TaskErrorCode.INVALID_STATE, refusal, ['input', 'id']));
      return ok({ ...task, status: 'CLAIMED' as const, claimedBy: userId, claimedAt: at });
    });
  }

  release(context: EventContext, principal: Principal, raw: unknown): Promise<Result<WorkTask>> {
    return this.move(context, principal, raw, (task, _at, userId) => {
      const refusal = releaseRefusal(task, userId);
      if (refusal) return fail(userError(refusal.code, refusal.message, ['input', 'id']));
      return ok({ ...task, status: 'OPEN' as const, claimedBy: null, claimedAt: null });
    });
  }

  /** Completes a task the caller claimed: fires its transition (with the captured data) through the engine. */
  async complete(context: EventContext, principal: Principal, raw: unknown): Promise<Result<WorkTask>> {
    const parsed = parseInput(completeTaskInput, raw);
    if (!parsed.ok) return parsed;
    const input = parsed.value;
    return this.uow.run(context, async (tx) => {
      const task = await this.reachableTask(tx.em, principal, input.id);
      if (!task.ok) return task;
      const refusal = completeRefusal(task.value, principal.userId ?? '');
      if (refusal) return fail(userError(refusal.code, refusal.message, ['input', 'id']));
      const order = await this.orders.forUpdate(tx.em, task.value.orderId);
      if (!order) return fail(userError(ErrorCode.NOT_FOUND, 'no task has this id', ['input', 'id']));
      const at = this.clock();
      const moved = await this.transitions.apply(
        tx,
        toOrder(order),
        {
          action: task.value.transition,
          comment: input.comment ?? null,
          installationDate: input.installationDate,
        },
        flowActor(principal),
        at,
      );
      if (!moved.ok) return moved;
      return ok({ ...task.value, status: 'DONE' as const, completedAt: at, completedBy: principal.userId });
    });
  }

  private async move(
    context: EventContext,
    principal: Principal,
    raw: unknown,
    step: (task: WorkTask, at: Date, userId: string) => Result<WorkTask>,
  ): Promise<Result<WorkTask>> {
    const parsed = parseInput(taskInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const task = await this.reachableTask(tx.em, principal, parsed.value.id);
      if (!task.ok) return task;
      const next = step(task.value, this.clock(), principal.userId ?? '');
      if (next.ok) await this.orders.saveTask(tx.em, next.value);
      return next;
    });
  }

  /** The task, locked, when the caller may work it: they may fire its transition on its order. */
  private async reachableTask(
    em: Parameters<OrderRepository['taskForUpdate']>[0],
    principal: Principal,
    taskId: string,
  ): Promise<Result<WorkTask>> {
    const task = await this.orders.taskForUpdate(em, taskId);
    const order = task ? await this.orders.byId(em, task.orderId) : null;
    if (!task || !order) return fail(userError(ErrorCode.NOT_FOUND, 'no task has this id', ['input', 'id']));
    const transition = transitionNamed(flowOf(order.orderType, order.flowVersion), task.transition);
    if (!transition || !mayFire(toOrder(order), transition, flowActor(principal))) {
      // A colleague of the order's branch learns the task is not theirs; anyone else cannot see it at all.
      return principal.reaches({ branchId: order.branchId })
        ? fail(
            userError(TaskErrorCode.FORBIDDEN, `task of ${task.queue} is not in your work queue`, [
              'input',
              'id',
            ]),
          )
        : fail(userError(ErrorCode.NOT_FOUND, 'no task has this id', ['input', 'id']));
    }
    return ok(task);
  }
}
