import { randomUUID } from 'node:crypto';
import {
  approvalLevelOpened,
  bsoMailSettingSaved,
  feasibilityRequestAnswered,
  feasibilityRequestReminded,
  feasibilityRequestWithdrawn,
  feasibilityRequested,
  orderActivated,
  orderStateChanged,
  type EventDefinition,
  type EventEnvelope,
  type PayloadOf,
} from '@oms/contracts';

/** An envelope of `def` about `aggregateId`, as its publisher's relay sends it. */
export function envelopeOf<D extends EventDefinition>(
  def: D,
  aggregateId: string,
  payload: PayloadOf<D>,
): EventEnvelope<PayloadOf<D>> {
  return {
    id: randomUUID(),
    type: def.type,
    version: def.version,
    source: def.source,
    occurredAt: '2026-12-01T09:00:00.000Z',
    aggregateType: def.aggregateType,
    aggregateId,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'USER', id: 'user-1' },
    payload,
  };
}

/** An `order.activated` of a fresh order in `branchId`; the customer's e-mail as given. */
export function anOrderActivated(
  overrides: { branchId?: string; email?: string | null; customerName?: string } = {},
): EventEnvelope<PayloadOf<typeof orderActivated>> {
  const orderId = randomUUID();
  const n = Math.floor(Math.random() * 900000 + 100000);
  return envelopeOf(orderActivated, orderId, {
    orderId,
    orderNo: `ORD-2026-${n}`,
    orderType: 'NEW',
    leadId: randomUUID(),
    branchId: overrides.branchId ?? 'branch-pune',
    cityId: 'city-pune',
    customer: {
      customerId: randomUUID(),
      customerCode: `CUST-${n}`,
      name: overrides.customerName ?? 'Acme Ltd',
      email: overrides.email === undefined ? `it-${n}@acme.example` : overrides.email,
      phone: '+91 20 5555 0100',
      address: '1 MG Road, Pune',
    },
    service: {
      serviceId: randomUUID(),
      serviceNo: `SVC-${n}`,
      productId: randomUUID(),
      productCode: 'ILL',
      bandwidthLabel: '100 Mbps',
      arc: '120000.00',
      otc: '5000.00',
      currency: 'INR',
    },
    installationDate: '2026-11-28',
    activationDate: '2026-12-01',
    billingStartDate: '2026-12-01',
    activatedAt: '2026-12-01T09:00:00.000Z',
    activatedBy: 'user-1',
  });
}

/** An `order.state_changed` of an order to `toState`, telling `notify`. */
export function anOrderStateChanged(
  orderId: string,
  toState: string,
  notify: { email: string; name: string | null; kind?: 'TO' | 'CC' }[],
  branchId = 'branch-pune',
): EventEnvelope<PayloadOf<typeof orderStateChanged>> {
  return envelopeOf(orderStateChanged, orderId, {
    orderId,
    orderNo: 'ORD-2026-000001',
    orderType: 'NEW',
    flowVersion: 1,
    transition: 'approve',
    fromState: 'PENDING_APPROVAL',
    toState,
    branchId,
    cityId: 'city-pune',
    customerName: 'Acme <b>Ltd</b>',
    actorId: 'user-1',
    changedAt: '2026-12-01T09:00:00.000Z',
    tatDueAt: null,
    comment: null,
    notify: notify.map((r) => ({ ...r, role: 'TEAM' as const, kind: r.kind ?? 'TO' })),
  });
}

/** A `feasibility.requested` to BSO `bsoId`, mailing `bsoEmail`. */
export function aFeasibilityRequested(
  bsoId: string,
  bsoEmail: string,
): EventEnvelope<PayloadOf<typeof feasibilityRequested>> {
  const requestId = randomUUID();
  return envelopeOf(feasibilityRequested, requestId, {
    requestId,
    requestNo: 'FR-2026-000042',
    leadId: 'lead-42',
    cityId: 'city-pune',
    bandwidthMbps: 100,
    address: '1 MG Road, Pune',
    branchId: 'branch-pune',
    bsoId,
    bsoCode: 'BSO1',
    bsoName: 'Fibre Partner',
    answerDueAt: '2026-12-03T09:00:00.000Z',
    notify: [{ email: bsoEmail, name: 'Partner Desk', role: 'BSO', kind: 'TO' }],
    createdAt: '2026-12-01T09:00:00.000Z',
  });
}

/** A `bso_mail_setting.saved` for `bsoId` (null: the default). */
export function aBsoMailSettingSaved(
  bsoId: string | null,
  subjectTemplate: string,
  bodyTemplate: string,
): EventEnvelope<PayloadOf<typeof bsoMailSettingSaved>> {
  const id = randomUUID();
  return envelopeOf(bsoMailSettingSaved, id, {
    bsoMailSettingId: id,
    bsoId,
    senderEmail: 'feasibility@oms.example',
    senderName: 'OMS Feasibility',
    subjectTemplate,
    bodyTemplate,
    savedAt: '2026-12-01T08:00:00.000Z',
  });
}

/** An `approval_level.opened` of an order's approval request, telling `approverEmail`. */
export function anApprovalLevelOpened(
  orderId: string,
  approverEmail: string,
): EventEnvelope<PayloadOf<typeof approvalLevelOpened>> {
  const approvalRequestId = randomUUID();
  return envelopeOf(approvalLevelOpened, approvalRequestId, {
    approvalRequestId,
    orderId,
    orderNo: 'ORD-2026-000001',
    round: 1,
    matrixId: 'matrix-1',
    matrixVersion: 1,
    level: 2,
    role: 'ZONAL_HEAD',
    limit: '500000.00',
    amount: '125000.00',
    dueAt: '2026-12-02T09:00:00.000Z',
    openedAt: '2026-12-01T09:00:00.000Z',
    notify: [{ email: approverEmail, name: 'Zonal Head', role: 'APPROVER', kind: 'TO' }],
  });
}

/** A `feasibility_request.answered` (feasible, or not) of BSO1, telling the requester and a technician. */
export function aFeasibilityRequestAnswered(
  feasible: boolean,
  notify: { email: string; role: 'SALES' | 'TECHNICAL' }[],
): EventEnvelope<PayloadOf<typeof feasibilityRequestAnswered>> {
  const requestId = randomUUID();
  return envelopeOf(feasibilityRequestAnswered, requestId, {
    requestId,
    requestNo: 'FR-2026-000043',
    leadId: 'lead-43',
    cityId: 'city-pune',
    branchId: 'branch-pune',
    bsoId: 'bso-1',
    feasible,
    otcCost: feasible ? '12500.00' : null,
    mrcCost: feasible ? '3000.00' : null,
    currency: 'INR',
    expectedDeliveryDays: feasible ? 21 : null,
    remarks: feasible ? null : 'No fibre <nearby>',
    answeredAt: '2026-12-01T10:00:00.000Z',
    answeredBy: 'p-bso-1',
    bsoCode: 'BSO1',
    bsoName: 'Fibre Partner',
    notify: notify.map((n) => ({ ...n, name: null, kind: 'TO' as const })),
  });
}

/** A `feasibility_request.withdrawn` of BSO1's request, telling `bsoEmail`. */
export function aFeasibilityRequestWithdrawn(
  bsoEmail: string,
): EventEnvelope<PayloadOf<typeof feasibilityRequestWithdrawn>> {
  const requestId = randomUUID();
  return envelopeOf(feasibilityRequestWithdrawn, requestId, {
    requestId,
    requestNo: 'FR-2026-000044',
    leadId: 'lead-44',
    cityId: 'city-pune',
    branchId: 'branch-pune',
    bsoId: 'bso-1',
    fromStatus: 'OPEN',
    reason: 'lead LEAD-2026-000044 was cancelled: budget frozen',
    withdrawnAt: '2026-12-01T11:00:00.000Z',
    withdrawnBy: 'user-1',
    notify: [{ email: bsoEmail, name: 'Partner Desk', role: 'BSO', kind: 'TO' }],
  });
}

/** A `feasibility_request.reminded` of BSO1's late request, telling `bsoEmail` and the requester in Cc. */
export function aFeasibilityRequestReminded(
  bsoEmail: string,
  requesterEmail: string,
): EventEnvelope<PayloadOf<typeof feasibilityRequestReminded>> {
  const requestId = randomUUID();
  return envelopeOf(feasibilityRequestReminded, requestId, {
    requestId,
    requestNo: 'FR-2026-000045',
    leadId: 'lead-45',
    cityId: 'city-pune',
    branchId: 'branch-pune',
    bsoId: 'bso-1',
    bsoCode: 'BSO1',
    bsoName: 'Fibre Partner',
    bandwidthMbps: 200,
    address: '5 FC Road, Pune',
    answerDueAt: '2026-12-02T09:00:00.000Z',
    remindedAt: '2026-12-02T09:01:00.000Z',
    notify: [
      { email: bsoEmail, name: null, role: 'BSO', kind: 'TO' },
      { email: requesterEmail, name: 'Requester', role: 'SALES', kind: 'CC' },
    ],
  });
}
