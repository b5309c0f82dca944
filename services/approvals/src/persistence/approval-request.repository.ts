import { In, IsNull, LessThan, type EntityManager } from 'typeorm';
import { accessSnapshotsHolding, accessSnapshotsOf } from '@oms/auth';
import type { AccessSnapshot } from '@oms/contracts';
import { paginate, type Page } from '@oms/persistence';
import type { ApprovalDecision, ApprovalRequest } from '../domain/approval-request';
import type { ApprovalRequestStatus, ApprovalRule, Delegation } from '../domain/doa';
import { ApprovalMatrixEntity } from './approval-matrix.entities';
import type { ListArgs } from './approval-matrix.repository';
import {
  ApprovalDecisionEntity,
  ApprovalRequestEntity,
  ApprovalRuleEntity,
  DelegationEntity,
} from './approval-request.entities';

/** What a list of approval requests can be narrowed by. */
export interface ApprovalRequestFilter {
  orderId?: string | null;
  status?: ApprovalRequestStatus | null;
  /** Only PENDING requests whose open level's TAT ran out. */
  overdue?: boolean | null;
}

/** Reads and writes matrix rules, approval requests, decisions, delegations and who the approvers are. */
export class ApprovalRequestRepository {
  // --- rules ---

  async insertRule(em: EntityManager, rule: ApprovalRule): Promise<void> {
    await em.getRepository(ApprovalRuleEntity).insert(rule);
  }

  async deleteRule(em: EntityManager, id: string): Promise<void> {
    await em.getRepository(ApprovalRuleEntity).delete({ id });
  }

  ruleById(em: EntityManager, id: string): Promise<ApprovalRule | null> {
    return em.getRepository(ApprovalRuleEntity).findOneBy({ id });
  }

  rulesOf(em: EntityManager, matrixIds: readonly string[]): Promise<ApprovalRule[]> {
    if (matrixIds.length === 0) return Promise.resolve([]);
    return em.getRepository(ApprovalRuleEntity).find({
      where: { matrixId: In([...matrixIds]) },
      order: { priority: 'ASC', id: 'ASC' },
    });
  }

  /** The rules of every ACTIVE matrix version, with the version they belong to. */
  async activeRules(em: EntityManager): Promise<{ rule: ApprovalRule; matrixVersion: number }[]> {
    const active = await em.getRepository(ApprovalMatrixEntity).findBy({ status: 'ACTIVE' });
    const version = new Map(active.map((m) => [m.id, m.version]));
    const rules = await this.rulesOf(
      em,
      active.map((m) => m.id),
    );
    return rules.map((rule) => ({ rule, matrixVersion: version.get(rule.matrixId)! }));
  }

  // --- requests ---

  async insertRequest(em: EntityManager, request: ApprovalRequest): Promise<void> {
    await em.getRepository(ApprovalRequestEntity).insert(request);
  }

  async saveRequest(em: EntityManager, request: ApprovalRequest): Promise<void> {
    const { id, ...rest } = request;
    await em.getRepository(ApprovalRequestEntity).update({ id }, rest);
  }

  requestOfRound(em: EntityManager, orderId: string, round: number): Promise<ApprovalRequest | null> {
    return em.getRepository(ApprovalRequestEntity).findOneBy({ orderId, round });
  }

  /** The request, locked for the rest of the transaction on MySQL (SQLite serializes writers anyway). */
  requestForUpdate(em: EntityManager, id: string): Promise<ApprovalRequest | null> {
    const qb = em.getRepository(ApprovalRequestEntity).createQueryBuilder('r').where('r.id = :id', { id });
    if (em.connection.options.type === 'mysql') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  requestsByIds(em: EntityManager, ids: readonly string[]): Promise<ApprovalRequest[]> {
    return em.getRepository(ApprovalRequestEntity).findBy({ id: In([...ids]) });
  }

  requestsOfOrder(em: EntityManager, orderId: string): Promise<ApprovalRequest[]> {
    return em.getRepository(ApprovalRequestEntity).find({ where: { orderId }, order: { round: 'ASC' } });
  }

  /** Requests newest first, narrowed by the filter and the caller's branch scope, in SQL. */
  list(
    em: EntityManager,
    args: ListArgs<ApprovalRequestFilter>,
    branchScope: readonly string[] | null,
    now: Date,
  ): Promise<Page<ApprovalRequest>> {
    const qb = em.getRepository(ApprovalRequestEntity).createQueryBuilder('r');
    if (branchScope !== null) {
      if (branchScope.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('r.branchId IN (:...branchScope)', { branchScope: [...branchScope] });
    }
    const f = args.filter;
    if (f?.orderId) qb.andWhere('r.orderId = :orderId', { orderId: f.orderId });
    if (f?.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f?.overdue) qb.andWhere("r.status = 'PENDING' AND r.levelDueAt < :now", { now });
    return paginate(qb, args);
  }

  unrouted(em: EntityManager): Promise<ApprovalRequest[]> {
    return em
      .getRepository(ApprovalRequestEntity)
      .find({ where: { status: 'UNROUTED' }, order: { createdAt: 'ASC' } });
  }

  /** How many PENDING requests have an open level past its TAT (escalated or not). */
  countOverdue(em: EntityManager, now: Date): Promise<number> {
    return em.getRepository(ApprovalRequestEntity).countBy({ status: 'PENDING', levelDueAt: LessThan(now) });
  }

  /** PENDING requests whose open level ran out of TAT and has not escalated yet. */
  overdueUnescalated(em: EntityManager, now: Date): Promise<ApprovalRequest[]> {
    return em
      .getRepository(ApprovalRequestEntity)
      .find({ where: { status: 'PENDING', levelDueAt: LessThan(now), escalatedAt: IsNull() }, take: 100 });
  }

  // --- decisions ---

  async insertDecision(em: EntityManager, decision: ApprovalDecision): Promise<void> {
    await em.getRepository(ApprovalDecisionEntity).insert(decision);
  }

  decisionsOf(em: EntityManager, requestId: string): Promise<ApprovalDecision[]> {
    return em
      .getRepository(ApprovalDecisionEntity)
      .find({ where: { requestId }, order: { decidedAt: 'ASC', level: 'ASC' } });
  }

  // --- delegations ---

  async insertDelegation(em: EntityManager, delegation: Delegation): Promise<void> {
    await em.getRepository(DelegationEntity).insert(delegation);
  }

  /** Delegations that have not ended by `at`, given to or by these users. */
  delegationsOf(em: EntityManager, userIds: readonly string[], at: Date): Promise<Delegation[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return em
      .getRepository(DelegationEntity)
      .createQueryBuilder('d')
      .where('(d.delegateId IN (:...ids) OR d.approverId IN (:...ids))', { ids: [...userIds] })
      .andWhere('d.to > :at', { at })
      .getMany();
  }

  // --- approvers (from approvals' copy of every user's access) ---

  /** The active staff who hold one of `roles` with the approve right and reach `branchId`. */
  async approvers(em: EntityManager, roles: readonly string[], branchId: string): Promise<AccessSnapshot[]> {
    return (await accessSnapshotsHolding(em, 'APPROVALS:APPROVE')).filter(
      (s) =>
        s.active &&
        s.kind === 'STAFF' &&
        s.groups.some((g) => roles.includes(g)) &&
        (s.allBranches || s.branchIds.includes(branchId)),
    );
  }

  snapshotsOf(em: EntityManager, userIds: readonly string[]): Promise<AccessSnapshot[]> {
    return accessSnapshotsOf(em, userIds);
  }
}
