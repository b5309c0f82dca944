import { nextActions, planTransition, type FlowActor } from './order-engine';
import type { FlowPermission } from './order-flow';
import { timeline, type Order } from './order';

const at = new Date('2026-12-07T10:00:00.000Z');

function order(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o1',
    orderNo: 'ORD-2026-000001',
    orderType: 'NEW',
    flowVersion: 1,
    state: 'BOOKED',
    leadId: 'l1',
    customerId: null,
    customerName: 'Acme',
    contactEmail: 'it@acme.example',
    contactPhone: null,
    installationAddress: '1 Main Road, Pune',
    branchId: 'b1',
    zoneId: 'z1',
    cityId: 'c1',
    productId: 'p1',
    productCategoryId: 'pc1',
    bandwidthId: null,
    arc: '120000.00',
    otc: '5000.00',
    discountPercent: '0.00',
    currency: 'INR',
    approvalRound: 0,
    installationDate: null,
    activationDate: null,
    stateEnteredAt: new Date('2026-12-06T10:00:00.000Z'),
    tatDueAt: null,
    createdAt: new Date('2026-12-06T10:00:00.000Z'),
    createdBy: 'sales-1',
    updatedAt: new Date('2026-12-06T10:00:00.000Z'),
    revision: 1,
    ...overrides,
  };
}

function user(
  permissions: FlowPermission[],
  scope: { branches?: string[]; cities?: string[] } = { branches: ['b1'], cities: ['c1'] },
): FlowActor {
  return {
    kind: 'USER',
    id: 'u1',
    can: (p) => permissions.includes(p),
    reaches: (s) =>
      (s.branchId === undefined || (scope.branches ?? []).includes(s.branchId ?? '')) &&
      (s.installationCityId === undefined || (scope.cities ?? []).includes(s.installationCityId ?? '')),
  };
}

const facts = { at, comment: null, hasSignedReport: false };

describe('planTransition', () => {
  it('submits a booked order: locked, a new approval round, TAT clock restarted, effect requested', () => {
    const plan = planTransition(order(), 'SUBMIT', user(['ORDERS:CREATE']), facts, 'h1');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.planned.order).toMatchObject({
      state: 'PENDING_APPROVAL',
      approvalRound: 1,
      stateEnteredAt: at,
      tatDueAt: new Date('2026-12-08T10:00:00.000Z'),
      revision: 2,
    });
    expect(plan.planned.change).toMatchObject({
      id: 'h1',
      transition: 'SUBMIT',
      fromState: 'BOOKED',
      toState: 'PENDING_APPROVAL',
      actorId: 'u1',
      tatHours: 24,
    });
    expect(plan.planned.effects).toEqual(['REQUEST_APPROVAL']);
  });

  it('refuses a user without the right, or outside the branch, before looking at the state', () => {
    expect(
      planTransition(order({ state: 'LIVE' }), 'SUBMIT', user(['ORDERS:VIEW' as FlowPermission]), facts, 'h'),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    expect(
      planTransition(order(), 'SUBMIT', user(['ORDERS:CREATE'], { branches: ['b2'] }), facts, 'h'),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
  });

  it('refuses an action the state does not allow, and an action the flow does not have', () => {
    expect(
      planTransition(order({ state: 'PENDING_APPROVAL' }), 'SUBMIT', user(['ORDERS:CREATE']), facts, 'h'),
    ).toMatchObject({
      ok: false,
      refusal: {
        code: 'INVALID_STATE',
        message: 'order ORD-2026-000001 is PENDING_APPROVAL: SUBMIT is not possible',
      },
    });
    expect(planTransition(order(), 'TELEPORT', user(['ORDERS:CREATE']), facts, 'h')).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE' },
    });
  });

  it('lets only the system approve: a user cannot, whatever rights they hold', () => {
    const pending = order({ state: 'PENDING_APPROVAL', approvalRound: 1 });
    expect(
      planTransition(pending, 'APPROVE', user(['ORDERS:EDIT', 'ORDERS:CREATE']), facts, 'h'),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    const approved = planTransition(pending, 'APPROVE', { kind: 'SYSTEM', id: 'approver-9' }, facts, 'h');
    expect(approved).toMatchObject({
      ok: true,
      planned: { order: { state: 'PROVISIONING' }, change: { actorId: 'approver-9' } },
    });
  });

  it('needs a reason to cancel', () => {
    expect(planTransition(order(), 'CANCEL', user(['ORDERS:EDIT']), facts, 'h')).toMatchObject({
      ok: false,
      refusal: { code: 'VALIDATION_FAILED', field: ['input', 'reason'] },
    });
    expect(
      planTransition(
        order({ state: 'REJECTED' }),
        'CANCEL',
        user(['ORDERS:EDIT']),
        { ...facts, comment: 'customer withdrew' },
        'h',
      ),
    ).toMatchObject({
      ok: true,
      planned: { order: { state: 'CANCELLED', tatDueAt: null }, effects: ['CANCEL_TASKS'] },
    });
  });

  describe('installation', () => {
    const installing = order({ state: 'INSTALLATION' });
    const installer = user(['INSTALLATION:EDIT']);

    it('needs the installation city in the installer scope', () => {
      const elsewhere = user(['INSTALLATION:EDIT'], { branches: ['b1'], cities: ['c2'] });
      expect(planTransition(installing, 'COMPLETE_INSTALLATION', elsewhere, facts, 'h')).toMatchObject({
        ok: false,
        refusal: { code: 'FORBIDDEN' },
      });
    });

    it('needs the signed report, then an installation date that is not in the future', () => {
      expect(planTransition(installing, 'COMPLETE_INSTALLATION', installer, facts, 'h')).toMatchObject({
        ok: false,
        refusal: { code: 'DOCUMENT_REQUIRED' },
      });
      const withReport = { ...facts, hasSignedReport: true };
      expect(planTransition(installing, 'COMPLETE_INSTALLATION', installer, withReport, 'h')).toMatchObject({
        ok: false,
        refusal: { code: 'VALIDATION_FAILED', field: ['input', 'installationDate'] },
      });
      expect(
        planTransition(
          installing,
          'COMPLETE_INSTALLATION',
          installer,
          { ...withReport, installationDate: '2026-12-08' },
          'h',
        ),
      ).toMatchObject({ ok: false, refusal: { message: 'installationDate cannot be in the future' } });
      expect(
        planTransition(
          installing,
          'COMPLETE_INSTALLATION',
          installer,
          { ...withReport, installationDate: '2026-12-07' },
          'h',
        ),
      ).toMatchObject({
        ok: true,
        planned: { order: { state: 'INSTALLED', installationDate: '2026-12-07' } },
      });
    });

    it('activates on a date not before installation', () => {
      const installed = order({ state: 'INSTALLED', installationDate: '2026-12-05' });
      expect(
        planTransition(installed, 'ACTIVATE', installer, { ...facts, activationDate: '2026-12-04' }, 'h'),
      ).toMatchObject({
        ok: false,
        refusal: { message: 'activationDate cannot be before the installation date 2026-12-05' },
      });
      expect(
        planTransition(installed, 'ACTIVATE', installer, { ...facts, activationDate: '2026-12-06' }, 'h'),
      ).toMatchObject({
        ok: true,
        planned: {
          order: { state: 'LIVE', activationDate: '2026-12-06', tatDueAt: null },
          effects: ['ACTIVATE_SERVICE'],
        },
      });
    });
  });
});

describe('nextActions', () => {
  it('offers sales EDIT, SUBMIT and CANCEL on a booked order of their branch', () => {
    expect(nextActions(order(), user(['ORDERS:CREATE', 'ORDERS:EDIT']))).toEqual([
      'EDIT',
      'SUBMIT',
      'CANCEL',
    ]);
  });

  it('offers nothing on an order waiting for approval (approvals decides)', () => {
    expect(nextActions(order({ state: 'PENDING_APPROVAL' }), user(['ORDERS:CREATE', 'ORDERS:EDIT']))).toEqual(
      [],
    );
  });

  it('offers the provisioning step only to provisioning staff of the branch', () => {
    const provisioning = order({ state: 'PROVISIONING' });
    expect(nextActions(provisioning, user(['PROVISIONING:EDIT']))).toEqual(['COMPLETE_PROVISIONING']);
    expect(nextActions(provisioning, user(['PROVISIONING:EDIT'], { branches: ['b9'] }))).toEqual([]);
    expect(nextActions(provisioning, user(['ORDERS:EDIT']))).toEqual([]);
  });

  it('offers EDIT, RESUBMIT and CANCEL in the rejected bin', () => {
    expect(nextActions(order({ state: 'REJECTED' }), user(['ORDERS:EDIT']))).toEqual([
      'EDIT',
      'RESUBMIT',
      'CANCEL',
    ]);
  });
});

describe('timeline', () => {
  it('gives each state the time spent in it against its budget, until now for the current one', () => {
    const history = [
      {
        id: '1',
        position: 1,
        orderId: 'o1',
        transition: 'BOOK',
        fromState: null,
        toState: 'BOOKED' as const,
        at: new Date('2026-12-01T00:00:00Z'),
        actorId: 's',
        comment: null,
        tatHours: 48,
      },
      {
        id: '2',
        position: 2,
        orderId: 'o1',
        transition: 'SUBMIT',
        fromState: 'BOOKED' as const,
        toState: 'PENDING_APPROVAL' as const,
        at: new Date('2026-12-04T00:00:00Z'),
        actorId: 's',
        comment: null,
        tatHours: 24,
      },
    ];
    const entries = timeline(history, new Date('2026-12-04T06:00:00Z'));
    expect(entries.map((e) => [e.change.toState, e.minutesSpent, e.overBudget, e.leftAt])).toEqual([
      ['BOOKED', 72 * 60, true, new Date('2026-12-04T00:00:00Z')],
      ['PENDING_APPROVAL', 6 * 60, false, null],
    ]);
  });
});
