import { randomUUID } from 'node:crypto';
import { ServiceMetrics, sampleOf } from '@oms/server';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { OrderQueries } from '../application/order-queries';
import type { OrderState } from '../domain/order-flow';
import type { TaskStatus, WorkTask } from '../domain/work-task';
import type { OrderRow } from '../persistence/order.entities';
import { OrderRepository } from '../persistence/order.repository';
import { registerTatBreachMetrics } from './tat-breaches.metrics';

const NOW = new Date('2026-03-02T10:00:00Z');
const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

let sequence = 0;
/** An order row in `state` whose TAT budget ends `dueInHours` from now (null: no clock). */
function anOrder(state: OrderState, dueInHours: number | null): OrderRow {
  sequence += 1;
  return {
    id: randomUUID(),
    orderNo: `ORD-2026-${String(sequence).padStart(6, '0')}`,
    orderType: 'NEW',
    flowVersion: 1,
    state,
    leadId: randomUUID(),
    customerId: null,
    customerName: 'Asha Traders',
    contactEmail: null,
    contactPhone: null,
    installationAddress: 'MG Road, Pune',
    branchId: randomUUID(),
    zoneId: randomUUID(),
    cityId: randomUUID(),
    productId: randomUUID(),
    productCategoryId: randomUUID(),
    bandwidthId: null,
    arc: '1000.00',
    otc: '0.00',
    discountPercent: '0.00',
    currency: 'INR',
    approvalRound: 0,
    installationDate: null,
    activationDate: null,
    stateEnteredAt: hoursFromNow(-100),
    tatDueAt: dueInHours === null ? null : hoursFromNow(dueInHours),
    clientMutationId: null,
    requestHash: null,
    createdAt: hoursFromNow(-100),
    createdBy: 'u-sales',
    updatedAt: hoursFromNow(-100),
    revision: 1,
  };
}

function aTask(
  order: OrderRow,
  queue: WorkTask['queue'],
  status: TaskStatus,
  dueInHours: number | null,
): WorkTask {
  return {
    id: randomUUID(),
    orderId: order.id,
    orderNo: order.orderNo,
    queue,
    teamId: null,
    branchId: order.branchId,
    cityId: order.cityId,
    state: order.state,
    transition: 'provision',
    status,
    claimedBy: status === 'CLAIMED' ? 'u-prov' : null,
    claimedAt: null,
    createdAt: hoursFromNow(-100),
    dueAt: dueInHours === null ? null : hoursFromNow(dueInHours),
    completedAt: null,
    completedBy: null,
  };
}

describe('the TAT breach metrics of orders, on SQLite', () => {
  let database: SqliteTestDatabase;
  const repo = new OrderRepository();

  beforeAll(async () => {
    database = await openSqliteTestDatabase();
    const em = database.db.manager;
    const provisioning = anOrder('PROVISIONING', -1);
    const rows = [
      anOrder('BOOKED', -5),
      anOrder('BOOKED', -0.01),
      anOrder('BOOKED', 5),
      provisioning,
      anOrder('PENDING_APPROVAL', 1),
      anOrder('LIVE', null),
    ];
    for (const row of rows) await repo.insert(em, row);
    for (const task of [
      aTask(provisioning, 'PROVISIONING', 'OPEN', -1),
      aTask(provisioning, 'PROVISIONING', 'CLAIMED', -2),
      aTask(provisioning, 'PROVISIONING', 'DONE', -3),
      aTask(provisioning, 'INSTALLATION', 'CANCELLED', -3),
      aTask(provisioning, 'INSTALLATION', 'OPEN', 3),
      aTask(provisioning, 'BILLING', 'OPEN', null),
    ])
      await repo.insertTask(em, task);
  });
  afterAll(() => database.close());

  it('reports overdue orders by state and overdue open or claimed tasks by queue, zeros included', async () => {
    const metrics = new ServiceMetrics('orders');
    registerTatBreachMetrics(metrics, new OrderQueries(database.db, repo, () => NOW));
    const text = await metrics.text();
    const orders = (state: string) => sampleOf(text, 'oms_orders_overdue', { state, service: 'orders' });
    const tasks = (queue: string) => sampleOf(text, 'oms_work_tasks_overdue', { queue, service: 'orders' });
    expect(orders('BOOKED')).toBe(2);
    expect(orders('PROVISIONING')).toBe(1);
    expect(orders('PENDING_APPROVAL')).toBe(0);
    expect(orders('LIVE')).toBeUndefined();
    expect(tasks('PROVISIONING')).toBe(2);
    expect(tasks('INSTALLATION')).toBe(0);
    expect(tasks('BILLING')).toBe(0);
    expect(sampleOf(text, 'oms_metrics_collect_errors_total')).toBeUndefined();
  });

  it('follows the clock: an order whose budget runs out later is overdue once it has', async () => {
    const metrics = new ServiceMetrics('orders');
    registerTatBreachMetrics(metrics, new OrderQueries(database.db, repo, () => hoursFromNow(6)));
    const text = await metrics.text();
    expect(sampleOf(text, 'oms_orders_overdue', { state: 'BOOKED' })).toBe(3);
    expect(sampleOf(text, 'oms_orders_overdue', { state: 'PENDING_APPROVAL' })).toBe(1);
    expect(sampleOf(text, 'oms_work_tasks_overdue', { queue: 'INSTALLATION' })).toBe(1);
  });
});
