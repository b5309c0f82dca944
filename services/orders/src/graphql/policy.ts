import type { Policy } from '@oms/auth';
import type { Customer } from '../domain/customer';
import type { Lead } from '../domain/lead';
import type { Order } from '../domain/order';
import type { WorkTask } from '../domain/work-task';

/**
 * Who may do what in orders (see the README's authorization table). Leads, orders and customers belong to a
 * branch: outside the caller's branch scope they read as null through queries and `_entities`, and lists
 * leave them out in SQL. Installation staff also reach the orders and tasks of their installation cities.
 * The use cases check the scope of every write and answer FORBIDDEN / NOT_FOUND payload errors; the flow
 * table decides which right fires which transition.
 */
const orderScope = (order: Order) => ({ branchId: order.branchId });

export const ordersPolicy: Policy = {
  Query: {
    lead: ['LEADS:VIEW'],
    leads: ['LEADS:VIEW'],
    order: ['ORDERS:VIEW', 'INSTALLATION:VIEW'],
    orders: ['ORDERS:VIEW'],
    workTasks: ['PROVISIONING:VIEW', 'INSTALLATION:VIEW'],
    customer: ['ORDERS:VIEW', 'LEADS:VIEW'],
    customerByCode: ['ORDERS:VIEW', 'LEADS:VIEW'],
  },
  Mutation: {
    createLead: ['LEADS:CREATE'],
    updateLead: ['LEADS:EDIT'],
    cancelLead: ['LEADS:EDIT'],
    createOrder: ['ORDERS:CREATE'],
    updateOrder: ['ORDERS:EDIT'],
    submitOrder: ['ORDERS:CREATE', 'ORDERS:EDIT'],
    cancelOrder: ['ORDERS:EDIT'],
    activateOrder: ['INSTALLATION:EDIT'],
    claimTask: ['PROVISIONING:EDIT', 'INSTALLATION:EDIT'],
    releaseTask: ['PROVISIONING:EDIT', 'INSTALLATION:EDIT'],
    completeTask: ['PROVISIONING:EDIT', 'INSTALLATION:EDIT'],
    requestDocumentUpload: ['ORDERS:EDIT', 'INSTALLATION:EDIT'],
    requestDocumentDownload: ['ORDERS:VIEW', 'INSTALLATION:VIEW'],
  },
  entities: {
    Lead: { read: ['LEADS:VIEW'], scope: (lead: Lead) => ({ branchId: lead.branchId }) },
    Order: {
      read: ['ORDERS:VIEW', 'INSTALLATION:VIEW', 'PROVISIONING:VIEW'],
      scope: orderScope,
    },
    WorkTask: {
      read: ['PROVISIONING:VIEW', 'INSTALLATION:VIEW'],
      scope: (task: WorkTask) =>
        task.queue === 'INSTALLATION'
          ? { branchId: task.branchId, installationCityId: task.cityId }
          : { branchId: task.branchId },
    },
    Customer: { read: ['ORDERS:VIEW', 'LEADS:VIEW'], scope: (c: Customer) => ({ branchId: c.branchId }) },
  },
};
