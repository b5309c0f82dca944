import type { Database, Page } from '@oms/persistence';
import type { Customer, InstalledService } from '../domain/customer';
import { timeline, type Order, type OrderStateChange, type TimelineEntry } from '../domain/order';
import type { WorkTask } from '../domain/work-task';
import type { ListArgs } from '../persistence/lead.repository';
import type { LeadFeasibility } from '../persistence/order.entities';
import type { OrderListFilter, OrderRepository, TaskListFilter } from '../persistence/order.repository';
import { toOrder } from './order-entry';

/** Read side of orders, tasks, customers and their installed base (no transaction needed). */
export class OrderQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: OrderRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): Date {
    return this.clock();
  }

  async ordersByIds(ids: readonly string[]): Promise<Order[]> {
    return (await this.db.read((em) => this.repo.byIds(em, ids))).map(toOrder);
  }

  /** Orders newest first, by the filter and the caller's branch scope (`null`: all; empty: none). */
  async listOrders(
    args: ListArgs<OrderListFilter>,
    branchScope: readonly string[] | null,
  ): Promise<Page<Order>> {
    const page = await this.db.read((em) => this.repo.list(em, args, branchScope, this.clock()));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toOrder(e.node) })) };
  }

  /** The orders entered for a lead, oldest first. */
  async ordersOfLead(leadId: string): Promise<Order[]> {
    return (await this.db.read((em) => this.repo.ordersOfLead(em, leadId))).map(toOrder);
  }

  history(orderId: string): Promise<OrderStateChange[]> {
    return this.db.read((em) => this.repo.history(em, orderId));
  }

  /** The order's timeline: every state it entered, who moved it, and the time spent against each budget. */
  async timeline(orderId: string): Promise<TimelineEntry[]> {
    return timeline(await this.history(orderId), this.clock());
  }

  tasksOfOrder(orderId: string): Promise<WorkTask[]> {
    return this.db.read((em) => this.repo.tasksOfOrder(em, orderId));
  }

  tasksByIds(ids: readonly string[]): Promise<WorkTask[]> {
    return this.db.read((em) => this.repo.tasksByIds(em, ids));
  }

  listTasks(
    args: ListArgs<TaskListFilter>,
    scope: { branches: readonly string[] | null; installationCities: readonly string[] | null },
  ): Promise<Page<WorkTask>> {
    return this.db.read((em) => this.repo.listTasks(em, args, scope, this.clock()));
  }

  customersByIds(ids: readonly string[]): Promise<Customer[]> {
    return this.db.read((em) => this.repo.customersByIds(em, ids));
  }

  customerByCode(code: string): Promise<Customer | null> {
    return this.db.read((em) => this.repo.customerByCode(em, code.trim().toUpperCase()));
  }

  servicesOf(customerId: string): Promise<InstalledService[]> {
    return this.db.read((em) => this.repo.servicesOf(em, customerId));
  }

  feasibilityOf(leadId: string): Promise<LeadFeasibility[]> {
    return this.db.read((em) => this.repo.feasibilityOf(em, leadId));
  }

  /** The TAT breaches now: orders past their state's budget by state, overdue work-queue tasks by queue. */
  tatBreaches(): Promise<TatBreaches> {
    const now = this.clock();
    return this.db.read(async (em) => ({
      orders: await this.repo.overdueByState(em, now),
      tasks: await this.repo.overdueTasksByQueue(em, now),
    }));
  }
}

/** How many orders (by state) and work-queue tasks (by queue) are past their TAT right now. */
export interface TatBreaches {
  orders: { key: string; count: number }[];
  tasks: { key: string; count: number }[];
}
