import {
  In,
  IsNull,
  LessThan,
  Not,
  type EntityManager,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import type { FileSlot } from '../domain/file-slot';
import { paginate, type Page } from '@oms/persistence';
import type { Customer, InstalledService } from '../domain/customer';
import { hasRequiredDocuments, type KnownDocumentType, type OrderDocument } from '../domain/document';
import type { Order, OrderStateChange } from '../domain/order';
import type { WorkTask } from '../domain/work-task';
import type { ListArgs } from './lead.repository';
import {
  CustomerEntity,
  FileSlotEntity,
  InstalledServiceEntity,
  KnownDocumentTypeEntity,
  LeadFeasibilityEntity,
  OrderDocumentEntity,
  OrderEntity,
  OrderStateChangeEntity,
  WorkTaskEntity,
  type LeadFeasibility,
  type OrderDocumentRow,
  type OrderRow,
} from './order.entities';

/** What a list of orders can be narrowed by. */
export interface OrderListFilter {
  orderType?: string | null;
  state?: string | null;
  branchId?: string | null;
  cityId?: string | null;
  leadId?: string | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  /** Only orders past their current state's TAT budget (at `now`). */
  overdue?: boolean | null;
}

/** What a list of work-queue tasks can be narrowed by. */
export interface TaskListFilter {
  queue?: string | null;
  status?: string | null;
  orderId?: string | null;
  claimedBy?: string | null;
  overdue?: boolean | null;
}

/**
 * Raised when an order changed under a transition (its revision moved on). Transitions read the order
 * locked (`forUpdate`), so this only fires on a bug; it rolls the whole transaction back.
 */
export class StaleOrderError extends Error {
  constructor(orderNo: string) {
    super(`order ${orderNo} was changed concurrently`);
  }
}

/** A scope condition on a query: `null` every branch, a list those only, empty none. */
function scoped(
  qb: ReturnType<EntityManager['createQueryBuilder']>,
  column: string,
  scope: readonly string[] | null,
  name: string,
): void {
  if (scope === null) return;
  if (scope.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere(`${column} IN (:...${name})`, { [name]: [...scope] });
}

/** The rows of `qb` counted by the values of `column`. */
async function countsBy<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
): Promise<{ key: string; count: number }[]> {
  const rows = await qb
    .select(column, 'key')
    .addSelect('COUNT(*)', 'count')
    .groupBy(column)
    .getRawMany<{ key: string; count: number | string }>();
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
}

/** Reads and writes orders, their timeline, tasks, documents, customers and installed services. */
export class OrderRepository {
  async insert(em: EntityManager, order: OrderRow): Promise<void> {
    await em.getRepository(OrderEntity).insert(order);
  }

  /**
   * Writes an order's new state if nobody changed it since it was read (its revision is the one before);
   * otherwise throws `StaleOrderError`, which rolls the transaction back for a rerun on fresh data.
   */
  async save(em: EntityManager, order: Order): Promise<void> {
    const { id, revision, ...rest } = order;
    const result = await em
      .getRepository(OrderEntity)
      .update({ id, revision: revision - 1 }, { ...rest, revision });
    if ((result.affected ?? 0) !== 1) throw new StaleOrderError(order.orderNo);
  }

  byId(em: EntityManager, id: string): Promise<OrderRow | null> {
    return em.getRepository(OrderEntity).findOneBy({ id });
  }

  /** The order, locked for the rest of the transaction on MySQL (SQLite serializes writers anyway). */
  forUpdate(em: EntityManager, id: string): Promise<OrderRow | null> {
    const qb = em.getRepository(OrderEntity).createQueryBuilder('o').where('o.id = :id', { id });
    if (em.connection.options.type === 'mysql') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  byIds(em: EntityManager, ids: readonly string[]): Promise<OrderRow[]> {
    return em.getRepository(OrderEntity).findBy({ id: In([...ids]) });
  }

  byClientMutationId(em: EntityManager, createdBy: string, key: string): Promise<OrderRow | null> {
    return em.getRepository(OrderEntity).findOneBy({ createdBy, clientMutationId: key });
  }

  ordersOfLead(em: EntityManager, leadId: string): Promise<OrderRow[]> {
    return em.getRepository(OrderEntity).find({ where: { leadId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The orders entered for a lead that are not cancelled. */
  liveOrdersOfLead(em: EntityManager, leadId: string): Promise<OrderRow[]> {
    return em.getRepository(OrderEntity).findBy({ leadId, state: Not('CANCELLED') });
  }

  /** Orders newest first, narrowed by the filter and the caller's branch scope, in SQL. */
  list(
    em: EntityManager,
    args: ListArgs<OrderListFilter>,
    branchScope: readonly string[] | null,
    now: Date,
  ): Promise<Page<OrderRow>> {
    const qb = em.getRepository(OrderEntity).createQueryBuilder('o');
    scoped(qb, 'o.branchId', branchScope, 'branchScope');
    const f = args.filter;
    if (f?.orderType) qb.andWhere('o.orderType = :orderType', { orderType: f.orderType });
    if (f?.state) qb.andWhere('o.state = :state', { state: f.state });
    if (f?.branchId) qb.andWhere('o.branchId = :branchId', { branchId: f.branchId });
    if (f?.cityId) qb.andWhere('o.cityId = :cityId', { cityId: f.cityId });
    if (f?.leadId) qb.andWhere('o.leadId = :leadId', { leadId: f.leadId });
    if (f?.createdFrom) qb.andWhere('o.createdAt >= :createdFrom', { createdFrom: f.createdFrom });
    if (f?.createdTo) qb.andWhere('o.createdAt < :createdTo', { createdTo: f.createdTo });
    if (f?.overdue === true) qb.andWhere('o.tatDueAt IS NOT NULL AND o.tatDueAt < :now', { now });
    if (f?.overdue === false) qb.andWhere('(o.tatDueAt IS NULL OR o.tatDueAt >= :now)', { now });
    return paginate(qb, args);
  }

  /** Appends a timeline row after the order's last one (the order row is locked by the transition). */
  async addChange(em: EntityManager, change: Omit<OrderStateChange, 'position'>): Promise<void> {
    const repo = em.getRepository(OrderStateChangeEntity);
    const position = (await repo.countBy({ orderId: change.orderId })) + 1;
    await repo.insert({ ...change, position });
  }

  /** An order's timeline, oldest first. */
  history(em: EntityManager, orderId: string): Promise<OrderStateChange[]> {
    return em.getRepository(OrderStateChangeEntity).find({ where: { orderId }, order: { position: 'ASC' } });
  }

  // --- work-queue tasks ---

  async insertTask(em: EntityManager, task: WorkTask): Promise<void> {
    await em.getRepository(WorkTaskEntity).insert(task);
  }

  async saveTask(em: EntityManager, task: WorkTask): Promise<void> {
    const { id, ...rest } = task;
    await em.getRepository(WorkTaskEntity).update({ id }, rest);
  }

  /** Locks the task row for the rest of the transaction (SQLite serializes writers anyway). */
  async taskForUpdate(em: EntityManager, id: string): Promise<WorkTask | null> {
    const qb = em.getRepository(WorkTaskEntity).createQueryBuilder('t').where('t.id = :id', { id });
    if (em.connection.options.type === 'mysql') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  taskById(em: EntityManager, id: string): Promise<WorkTask | null> {
    return em.getRepository(WorkTaskEntity).findOneBy({ id });
  }

  tasksByIds(em: EntityManager, ids: readonly string[]): Promise<WorkTask[]> {
    return em.getRepository(WorkTaskEntity).findBy({ id: In([...ids]) });
  }

  /** The order's tasks still to do. */
  openTasks(em: EntityManager, orderId: string): Promise<WorkTask[]> {
    return em.getRepository(WorkTaskEntity).findBy({ orderId, status: In(['OPEN', 'CLAIMED']) });
  }

  tasksOfOrder(em: EntityManager, orderId: string): Promise<WorkTask[]> {
    return em.getRepository(WorkTaskEntity).find({ where: { orderId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Tasks newest first, narrowed by the filter and by scope: the branch scope for every queue, and for the
   * installation queue also the installation-city scope (`null`: every city).
   */
  listTasks(
    em: EntityManager,
    args: ListArgs<TaskListFilter>,
    scope: { branches: readonly string[] | null; installationCities: readonly string[] | null },
    now: Date,
  ): Promise<Page<WorkTask>> {
    const qb = em.getRepository(WorkTaskEntity).createQueryBuilder('t');
    scoped(qb, 't.branchId', scope.branches, 'branchScope');
    if (scope.installationCities !== null) {
      if (scope.installationCities.length === 0) qb.andWhere("t.queue <> 'INSTALLATION'");
      else
        qb.andWhere("(t.queue <> 'INSTALLATION' OR t.cityId IN (:...cityScope))", {
          cityScope: [...scope.installationCities],
        });
    }
    const f = args.filter;
    if (f?.queue) qb.andWhere('t.queue = :queue', { queue: f.queue });
    if (f?.status) qb.andWhere('t.status = :status', { status: f.status });
    if (f?.orderId) qb.andWhere('t.orderId = :orderId', { orderId: f.orderId });
    if (f?.claimedBy) qb.andWhere('t.claimedBy = :claimedBy', { claimedBy: f.claimedBy });
    if (f?.overdue === true)
      qb.andWhere("t.status IN ('OPEN', 'CLAIMED') AND t.dueAt IS NOT NULL AND t.dueAt < :now", { now });
    return paginate(qb, args);
  }

  // --- documents ---

  async insertDocument(em: EntityManager, document: OrderDocumentRow): Promise<void> {
    await em.getRepository(OrderDocumentEntity).insert(document);
  }

  documentsOf(em: EntityManager, orderId: string): Promise<OrderDocument[]> {
    return em.getRepository(OrderDocumentEntity).find({ where: { orderId }, order: { uploadedAt: 'ASC' } });
  }

  documentById(em: EntityManager, id: string): Promise<OrderDocument | null> {
    return em.getRepository(OrderDocumentEntity).findOneBy({ id });
  }

  /** The bytes of a document. */
  async contentOf(em: EntityManager, id: string): Promise<Buffer | null> {
    const row = await em
      .getRepository(OrderDocumentEntity)
      .createQueryBuilder('d')
      .addSelect('d.content')
      .where('d.id = :id', { id })
      .getOne();
    return row ? Buffer.from(row.content) : null;
  }

  /** Whether the order has every document masters says its type needs at `step` (`hasRequiredDocuments`). */
  async hasStepDocuments(
    em: EntityManager,
    orderId: string,
    orderType: string,
    step: string,
  ): Promise<boolean> {
    const types = await em.getRepository(KnownDocumentTypeEntity).findBy({ active: true });
    const attached = await em
      .getRepository(OrderDocumentEntity)
      .find({ where: { orderId }, select: { documentTypeId: true } });
    return hasRequiredDocuments(types, new Set(attached.map((d) => d.documentTypeId)), orderType, step);
  }

  // --- file links ---

  async insertSlot(em: EntityManager, slot: FileSlot): Promise<void> {
    await em.getRepository(FileSlotEntity).insert(slot);
  }

  slot(em: EntityManager, tokenHash: string): Promise<FileSlot | null> {
    return em.getRepository(FileSlotEntity).findOneBy({ tokenHash });
  }

  /** Spends an upload link; false when a concurrent upload spent it first. */
  async spendSlot(em: EntityManager, tokenHash: string, at: Date): Promise<boolean> {
    const result = await em
      .getRepository(FileSlotEntity)
      .update({ tokenHash, usedAt: IsNull() }, { usedAt: at });
    return (result.affected ?? 0) === 1;
  }

  // --- document types (masters copy) ---

  async saveDocumentType(em: EntityManager, type: KnownDocumentType): Promise<void> {
    const repo = em.getRepository(KnownDocumentTypeEntity);
    if (await repo.existsBy({ id: type.id })) {
      const { id, ...rest } = type;
      await repo.update({ id }, rest);
    } else await repo.insert(type);
  }

  documentType(em: EntityManager, id: string): Promise<KnownDocumentType | null> {
    return em.getRepository(KnownDocumentTypeEntity).findOneBy({ id });
  }

  // --- customers and installed services ---

  async insertCustomer(em: EntityManager, customer: Customer): Promise<void> {
    await em.getRepository(CustomerEntity).insert(customer);
  }

  customerById(em: EntityManager, id: string): Promise<Customer | null> {
    return em.getRepository(CustomerEntity).findOneBy({ id });
  }

  customersByIds(em: EntityManager, ids: readonly string[]): Promise<Customer[]> {
    return em.getRepository(CustomerEntity).findBy({ id: In([...ids]) });
  }

  customerByCode(em: EntityManager, customerCode: string): Promise<Customer | null> {
    return em.getRepository(CustomerEntity).findOneBy({ customerCode });
  }

  async insertService(em: EntityManager, service: InstalledService): Promise<void> {
    await em.getRepository(InstalledServiceEntity).insert(service);
  }

  servicesOf(em: EntityManager, customerId: string): Promise<InstalledService[]> {
    return em
      .getRepository(InstalledServiceEntity)
      .find({ where: { customerId }, order: { serviceNo: 'ASC' } });
  }

  // --- feasibility verdicts of leads ---

  async saveFeasibility(em: EntityManager, verdict: LeadFeasibility): Promise<void> {
    const repo = em.getRepository(LeadFeasibilityEntity);
    if (!(await repo.existsBy({ requestId: verdict.requestId }))) await repo.insert(verdict);
  }

  feasibilityOf(em: EntityManager, leadId: string): Promise<LeadFeasibility[]> {
    return em.getRepository(LeadFeasibilityEntity).find({ where: { leadId }, order: { decidedAt: 'ASC' } });
  }

  /** How many orders are past their current state's TAT budget (final states have none). */
  countOverdue(em: EntityManager, now: Date): Promise<number> {
    return em.getRepository(OrderEntity).countBy({ tatDueAt: LessThan(now) });
  }

  /** The orders past their current state's TAT budget, counted by state (final states have no budget). */
  overdueByState(em: EntityManager, now: Date): Promise<{ key: string; count: number }[]> {
    const qb = em.getRepository(OrderEntity).createQueryBuilder('o');
    return countsBy(qb.where('o.tatDueAt IS NOT NULL AND o.tatDueAt < :now', { now }), 'o.state');
  }

  /** The open and claimed work-queue tasks past their due time, counted by queue (as `overdue: true` lists). */
  overdueTasksByQueue(em: EntityManager, now: Date): Promise<{ key: string; count: number }[]> {
    const qb = em.getRepository(WorkTaskEntity).createQueryBuilder('t');
    return countsBy(
      qb.where("t.status IN ('OPEN', 'CLAIMED') AND t.dueAt IS NOT NULL AND t.dueAt < :now", { now }),
      't.queue',
    );
  }
}
