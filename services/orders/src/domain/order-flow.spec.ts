import {
  FLOWS,
  NEW_ORDER_FLOW_V1,
  currentFlow,
  flowOf,
  flowProblems,
  taskTransition,
  transitionNamed,
} from './order-flow';

describe('the new-order flow table', () => {
  it('has no unreachable state, no dead end and no way out of a final state', () => {
    expect(flowProblems(NEW_ORDER_FLOW_V1)).toEqual([]);
  });

  it('is what new orders start with, and what an order of version 1 keeps', () => {
    expect(currentFlow('NEW')).toBe(NEW_ORDER_FLOW_V1);
    expect(flowOf('NEW', 1)).toBe(NEW_ORDER_FLOW_V1);
    expect(() => flowOf('NEW', 99)).toThrow('no flow NEW@99');
    expect([...FLOWS.keys()]).toEqual(['NEW@1']);
  });

  it('puts provisioning and installation work into queues, each completed by one user transition', () => {
    expect(NEW_ORDER_FLOW_V1.states.PROVISIONING.queue).toBe('PROVISIONING');
    expect(NEW_ORDER_FLOW_V1.states.INSTALLATION.queue).toBe('INSTALLATION');
    expect(taskTransition(NEW_ORDER_FLOW_V1, 'PROVISIONING')?.name).toBe('COMPLETE_PROVISIONING');
    expect(taskTransition(NEW_ORDER_FLOW_V1, 'INSTALLATION')?.name).toBe('COMPLETE_INSTALLATION');
  });

  it('lets only the system approve and reject (approvals decides), and guards installation with the report', () => {
    expect(transitionNamed(NEW_ORDER_FLOW_V1, 'APPROVE')?.by).toEqual({ kind: 'SYSTEM' });
    expect(transitionNamed(NEW_ORDER_FLOW_V1, 'REJECT')?.by).toEqual({ kind: 'SYSTEM' });
    expect(transitionNamed(NEW_ORDER_FLOW_V1, 'COMPLETE_INSTALLATION')?.guards).toEqual([
      'SIGNED_INSTALLATION_REPORT',
      'INSTALLATION_DATE',
    ]);
    expect(transitionNamed(NEW_ORDER_FLOW_V1, 'NOPE')).toBeNull();
  });

  it('reports the mistakes a broken table would have', () => {
    const broken = {
      ...NEW_ORDER_FLOW_V1,
      states: { ...NEW_ORDER_FLOW_V1.states, LIVE: { ...NEW_ORDER_FLOW_V1.states.LIVE, tatHours: 5 } },
      transitions: [
        ...NEW_ORDER_FLOW_V1.transitions.filter((t) => t.name !== 'ACTIVATE'),
        { ...NEW_ORDER_FLOW_V1.transitions[0] },
      ],
    };
    expect(flowProblems(broken)).toEqual([
      'transition SUBMIT is defined twice',
      'state INSTALLED has no way out',
      'state LIVE is unreachable',
      'final state LIVE has a TAT budget',
    ]);
  });
});
