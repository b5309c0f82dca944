import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Principal } from '@oms/auth';
import {
  approvalLevelEscalated,
  approvalLevelOpened,
  approvalRequestApproved,
  approvalRequestRejected,
  type orderSubmitted,
  type MailRecipient,
  type PayloadOf,
} from '@oms/contracts';
import type { EventContext, Transaction, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import {
  actingRoles,
  dueAt,
  openLevel,
  type ApprovalDecision,
  type ApprovalRequest,
} from '../domain/approval-request';
import { actingFor, afterApproval, pickRule, type ApprovalLevel, type Delegation } from '../domain/doa';
import type { ApprovalRequestRepository } from '../persistence/approval-request.repository';

const id = z.string().trim().min(1, 'id is required');
export const approveInput = z.object({
  id,
  comment: z.string().trim().max(1000, 'comment must have at most 1000 characters').nullish(),
});
export const rejectInput = z.object({
  id,
  reasonCode: z.string().trim().max(50, 'reasonCode must have at most 50 characters').nullish(),
  comment: z
    .string()
    .trim()
    .min(3, 'a rejection needs a comment of 3–1000 characters')
    .max(1000, 'a rejection needs a comment of 3–1000 characters'),
});
export const delegateInput = z
  .object({
    delegateUserId: z.string().trim().min(1, 'delegateUserId is required'),
    from: z.date(),
    to: z.date(),
  })
  .refine((d) => d.to.getTime() > d.from.getTime(), { message: 'to must be after from', path: ['to'] })
  .refine((d) => d.to.getTime() - d.from.getTime() <= 90 * 86_400_000, {
    message: 'a delegation lasts at most 90 days',
    path: ['to'],
  });

/** The codes of the desk's refusals beyond the shared ones. */
export const DeskErrorCode = { FORBIDDEN: 'FORBIDDEN', INVALID_STATE: 'INVALID_STATE' } as const;

/**
 * The approval desk: opens one request per order round from `order.submitted` (routed by the first matching
 * rule of the ACTIVE matrices; a round no rule matches waits UNROUTED until a published matrix routes it),
 * walks its levels as approvers decide, escalates levels past their TAT, and lets approvers delegate. Every
 * decision is recorded; every refusal writes nothing and publishes nothing.
 */
export class ApprovalDesk {
  /** Levels this process has escalated since it started; read by metrics. */
  readonly stats = { escalated: 0 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ApprovalRequestRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Opens the request for a submitted order round (once: a redelivered or repeated round opens nothing). */
  async open(tx: Transaction, submitted: PayloadOf<typeof orderSubmitted>): Promise<void> {
    if (await this.repo.requestOfRound(tx.em, submitted.orderId, submitted.round)) return;
    const at = new Date(submitted.submittedAt);
    const request: ApprovalRequest = {
      id: randomUUID(),
      orderId: submitted.orderId,
      orderNo: submitted.orderNo,
      round: submitted.round,
      orderType: submitted.orderType,
      productCategoryId: submitted.productCategoryId,
      productId: submitted.productId,
      customerName: submitted.customerName,
      branchId: submitted.branchId,
      zoneId: submitted.zoneId,
      cityId: submitted.cityId,
      amount: submitted.arc,
      discountPercent: submitted.discountPercent,
      currency: submitted.currency,
      matrixId: '',
      matrixVersion: 0,
      ruleId: '',
      levels: [],
      status: 'UNROUTED',
      currentLevel: 0,
      levelOpenedAt: at,
      levelDueAt: at,
      escalatedAt: null,
      submittedBy: submitted.submittedBy,
      createdAt: at,
      decidedAt: null,
    };
    const routed = await this.route(tx, request, at);
    await this.repo.insertRequest(tx.em, routed);
  }

  /** Routes the UNROUTED requests again (after a matrix was published), in the caller's transaction. */
  async rerouteUnrouted(tx: Transaction): Promise<number> {
    let routed = 0;
    for (const request of await this.repo.unrouted(tx.em)) {
      const next = await this.route(tx, request, this.clock());
      if (next.status === 'PENDING') {
        await this.repo.saveRequest(tx.em, next);
        routed += 1;
      }
    }
    return routed;
  }

  async approve(context: EventContext, principal: Principal, raw: unknown): Promise<Result<ApprovalRequest>> {
    const parsed = parseInput(approveInput, raw);
    if (!parsed.ok) return parsed;
    return this.decide(context, principal, parsed.value.id, async (tx, request, decision) => {
      // After an escalation the next level's approver may act: their approval is that level's.
      const step = afterApproval(request.levels, decision.level, request.amount);
      await this.repo.insertDecision(tx.em, {
        ...decision,
        decision: 'APPROVED',
        comment: parsed.value.comment ?? null,
      });
      if (step.kind === 'APPROVED') {
        const approved = { ...request, status: 'APPROVED' as const, decidedAt: decision.decidedAt };
        await this.repo.saveRequest(tx.em, approved);
        await tx.events.publish(approvalRequestApproved, request.id, {
          approvalRequestId: request.id,
          orderId: request.orderId,
          orderNo: request.orderNo,
          round: request.round,
          decidedAt: decision.decidedAt.toISOString(),
          decidedBy: decision.decidedBy,
          comment: parsed.value.comment ?? null,
        });
        return approved;
      }
      const next = this.atLevel(request, step.level, decision.decidedAt);
      await this.repo.saveRequest(tx.em, next);
      await this.announceLevel(tx, next);
      return next;
    });
  }

  async reject(context: EventContext, principal: Principal, raw: unknown): Promise<Result<ApprovalRequest>> {
    const parsed = parseInput(rejectInput, raw);
    if (!parsed.ok) return parsed;
    return this.decide(context, principal, parsed.value.id, async (tx, request, decision) => {
      await this.repo.insertDecision(tx.em, {
        ...decision,
        decision: 'REJECTED',
        comment: parsed.value.comment,
        reasonCode: parsed.value.reasonCode ?? null,
      });
      const rejected = { ...request, status: 'REJECTED' as const, decidedAt: decision.decidedAt };
      await this.repo.saveRequest(tx.em, rejected);
      await tx.events.publish(approvalRequestRejected, request.id, {
        approvalRequestId: request.id,
        orderId: request.orderId,
        orderNo: request.orderNo,
        round: request.round,
        level: request.currentLevel,
        decidedAt: decision.decidedAt.toISOString(),
        decidedBy: decision.decidedBy,
        reasonCode: parsed.value.reasonCode ?? null,
        comment: parsed.value.comment,
      });
      return rejected;
    });
  }

  /** Lets a substitute act for the caller, in the caller's approver roles, over a period. */
  async delegate(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Delegation>> {
    const parsed = parseInput(delegateInput, raw);
    if (!parsed.ok) return parsed;
    const input = parsed.value;
    const me = principal.userId!;
    if (input.delegateUserId === me)
      return fail(
        userError(ErrorCode.VALIDATION, 'you cannot delegate to yourself', ['input', 'delegateUserId']),
      );
    return this.uow.run(context, async (tx) => {
      const [delegate] = await this.repo.snapshotsOf(tx.em, [input.delegateUserId]);
      if (!delegate || !delegate.active || delegate.kind !== 'STAFF')
        return fail(
          userError(ErrorCode.REFERENCE_NOT_FOUND, 'no active staff user has this id', [
            'input',
            'delegateUserId',
          ]),
        );
      const delegation: Delegation = {
        id: randomUUID(),
        approverId: me,
        delegateId: delegate.userId,
        roles: [...(principal.snapshot?.groups ?? [])],
        from: input.from,
        to: input.to,
        createdAt: this.clock(),
      };
      await this.repo.insertDelegation(tx.em, delegation);
      return ok(delegation);
    });
  }

  /**
   * Escalates every PENDING request whose open level ran past its TAT: the next level's role may now act
   * too, and its approvers are told (`approval_level.escalated`). At the last level the same approvers are
   * reminded. Each level escalates once. Returns how many escalated.
   */
  async escalateOverdue(context: EventContext): Promise<number> {
    const now = this.clock();
    const escalated = await this.uow.run(context, async (tx) => {
      const overdue = await this.repo.overdueUnescalated(tx.em, now);
      for (const request of overdue) {
        const current = openLevel(request);
        const next = request.levels.find((l) => l.level === request.currentLevel + 1) ?? current;
        await this.repo.saveRequest(tx.em, { ...request, escalatedAt: now });
        await tx.events.publish(approvalLevelEscalated, request.id, {
          approvalRequestId: request.id,
          orderId: request.orderId,
          orderNo: request.orderNo,
          round: request.round,
          level: request.currentLevel,
          role: current.role,
          escalatedTo: next.role,
          escalatedAt: now.toISOString(),
          notify: await this.recipients(tx.em, [next.role], request.branchId),
        });
      }
      return overdue.length;
    });
    this.stats.escalated += escalated;
    return escalated;
  }

  private async decide(
    context: EventContext,
    principal: Principal,
    requestId: string,
    apply: (
      tx: Transaction,
      request: ApprovalRequest,
      decision: ApprovalDecision,
    ) => Promise<ApprovalRequest>,
  ): Promise<Result<ApprovalRequest>> {
    return this.uow.run(context, async (tx) => {
      const request = await this.repo.requestForUpdate(tx.em, requestId);
      if (!request || !principal.reaches({ branchId: request.branchId }))
        return fail(userError(ErrorCode.NOT_FOUND, 'no approval request has this id', ['input', 'id']));
      if (request.status !== 'PENDING')
        return fail(
          userError(
            DeskErrorCode.INVALID_STATE,
            `approval request of ${request.orderNo} is ${request.status}`,
            ['input', 'id'],
          ),
        );
      const at = this.clock();
      const me = principal.userId!;
      const roles = actingRoles(request);
      const myRoles = principal.snapshot?.groups ?? [];
      const delegations = await this.repo.delegationsOf(tx.em, [me], at);
      const onBehalfOf = actingFor({ id: me, roles: myRoles }, roles, delegations, at);
      if (!onBehalfOf)
        return fail(
          userError(
            DeskErrorCode.FORBIDDEN,
            `level ${request.currentLevel} of ${request.orderNo} is for ${roles.join(' or ')}`,
            ['input', 'id'],
          ),
        );
      const role =
        myRoles.find((r) => roles.includes(r)) ??
        delegations.find((d) => d.approverId === onBehalfOf)!.roles.find((r) => roles.includes(r))!;
      const level = request.levels.find((l) => l.role === role && l.level >= request.currentLevel)!.level;
      const decision: ApprovalDecision = {
        id: randomUUID(),
        requestId: request.id,
        level,
        role,
        decision: 'APPROVED',
        comment: null,
        reasonCode: null,
        decidedBy: me,
        onBehalfOf,
        decidedAt: at,
      };
      return ok(await apply(tx, request, decision));
    });
  }

  /** Routes a request by the first matching rule of the active matrices, opening its first level. */
  private async route(tx: Transaction, request: ApprovalRequest, at: Date): Promise<ApprovalRequest> {
    const active = await this.repo.activeRules(tx.em);
    const rule = pickRule(
      active.map((a) => a.rule),
      {
        orderType: request.orderType,
        productCategoryId: request.productCategoryId,
        productId: request.productId,
        branchId: request.branchId,
        zoneId: request.zoneId,
        arc: request.amount,
        discountPercent: request.discountPercent,
      },
    );
    if (!rule) return request;
    const matrixVersion = active.find((a) => a.rule.id === rule.id)!.matrixVersion;
    const routed = this.atLevel(
      { ...request, matrixId: rule.matrixId, matrixVersion, ruleId: rule.id, levels: rule.levels },
      rule.levels[0],
      at,
    );
    await this.announceLevel(tx, routed);
    return routed;
  }

  private atLevel(request: ApprovalRequest, level: ApprovalLevel, at: Date): ApprovalRequest {
    return {
      ...request,
      status: 'PENDING',
      currentLevel: level.level,
      levelOpenedAt: at,
      levelDueAt: dueAt(at, level),
      escalatedAt: null,
    };
  }

  private async announceLevel(tx: Transaction, request: ApprovalRequest): Promise<void> {
    const level = openLevel(request);
    await tx.events.publish(approvalLevelOpened, request.id, {
      approvalRequestId: request.id,
      orderId: request.orderId,
      orderNo: request.orderNo,
      round: request.round,
      matrixId: request.matrixId,
      matrixVersion: request.matrixVersion,
      level: level.level,
      role: level.role,
      limit: level.limit,
      amount: request.amount,
      dueAt: request.levelDueAt.toISOString(),
      openedAt: request.levelOpenedAt.toISOString(),
      notify: await this.recipients(tx.em, [level.role], request.branchId),
    });
  }

  /** The approvers of the roles who reach the branch, and whoever they delegated to right now. */
  private async recipients(em: EntityManager, roles: string[], branchId: string): Promise<MailRecipient[]> {
    const approvers = await this.repo.approvers(em, roles, branchId);
    const delegations = await this.repo.delegationsOf(
      em,
      approvers.map((a) => a.userId),
      this.clock(),
    );
    const delegates = await this.repo.snapshotsOf(
      em,
      delegations.filter((d) => approvers.some((a) => a.userId === d.approverId)).map((d) => d.delegateId),
    );
    const seen = new Set<string>();
    return [...approvers, ...delegates]
      .filter((s) => s.email && !seen.has(s.email) && seen.add(s.email))
      .map((s) => ({ email: s.email, name: s.name, role: 'APPROVER' as const, kind: 'TO' as const }));
  }
}
