import { newSyncRecord, type InboundEvent, type SyncRecord, type SyncTarget } from './sync-record';

/** What the connectors need to know about an activated order (a slice of the `order.activated` payload). */
export interface ActivatedOrder {
  orderId: string;
  orderNo: string;
  orderType: string;
  leadId: string | null;
  branchId: string;
  cityId: string;
  customer: {
    customerId: string;
    customerCode: string;
    name: string;
    email: string | null;
    phone: string | null;
    address: string;
  };
  service: {
    serviceId: string;
    serviceNo: string;
    productId: string;
    productCode: string;
    bandwidthLabel: string | null;
    arc: string;
    otc: string;
    currency: string;
  };
  installationDate: string;
  activationDate: string;
  billingStartDate: string;
  activatedAt: string;
}

/**
 * An activated order goes to all three systems, each job in the order's branch: BMS opens the customer's
 * account and service and starts billing; LMS closes the lead and its link; the Helpdesk opens the
 * customer service record support tickets hang off.
 */
export function orderActivationTargets(order: ActivatedOrder): SyncTarget[] {
  const { customer, service } = order;
  const subject = `${order.orderNo} (${service.serviceNo}) for ${customer.name}`;
  return [
    {
      system: 'BMS',
      summary: `Billing start ${order.billingStartDate} of ${subject}`,
      branchId: order.branchId,
      payload: {
        kind: 'service.activated',
        orderId: order.orderId,
        orderNo: order.orderNo,
        customer,
        service,
        activationDate: order.activationDate,
        billingStartDate: order.billingStartDate,
      },
    },
    {
      system: 'LMS',
      summary: `Lead closed by ${subject}`,
      branchId: order.branchId,
      payload: {
        kind: 'lead.closed',
        leadId: order.leadId,
        orderId: order.orderId,
        orderNo: order.orderNo,
        serviceNo: service.serviceNo,
        activationDate: order.activationDate,
      },
    },
    {
      system: 'HELPDESK',
      summary: `Customer service record ${subject}`,
      branchId: order.branchId,
      payload: {
        kind: 'customer_service.created',
        customerId: customer.customerId,
        customerCode: customer.customerCode,
        customerName: customer.name,
        email: customer.email,
        phone: customer.phone,
        address: customer.address,
        serviceId: service.serviceId,
        serviceNo: service.serviceNo,
        productCode: service.productCode,
        bandwidthLabel: service.bandwidthLabel,
        orderNo: order.orderNo,
        activationDate: order.activationDate,
      },
    },
  ];
}

/** The sync jobs an `order.activated` event becomes: one per system, all PENDING delivery. */
export function orderActivationRecords(
  event: InboundEvent<ActivatedOrder>,
  newId: () => string,
  now: Date,
): SyncRecord[] {
  return orderActivationTargets(event.payload).map((target) => newSyncRecord(event, target, newId(), now));
}
