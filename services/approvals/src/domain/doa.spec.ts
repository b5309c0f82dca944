import { actingRoles } from './approval-request';
import {
  actingFor,
  afterApproval,
  cents,
  levelsProblem,
  pickRule,
  ruleMatches,
  type ApprovalRule,
} from './doa';

const levels = [
  { level: 1, role: 'RM', limit: '100000.00', tatHours: 24 },
  { level: 2, role: 'ZM', limit: '1000000.00', tatHours: 48 },
];
const rule = (overrides: Partial<ApprovalRule> = {}): ApprovalRule => ({
  id: 'r1',
  matrixId: 'm1',
  priority: 10,
  orderType: 'NEW',
  productCategoryId: null,
  productId: null,
  branchId: null,
  zoneId: null,
  arcMin: null,
  arcMax: null,
  discountMin: null,
  discountMax: null,
  levels,
  ...overrides,
});
const submission = {
  orderType: 'NEW',
  productCategoryId: 'ill',
  productId: 'ill-std',
  branchId: 'b1',
  zoneId: 'west',
  arc: '250000.00',
  discountPercent: '5.00',
};

describe('the DOA matrix', () => {
  it('compares money exactly', () => {
    expect(cents('0.10') + cents('0.20')).toBe(cents('0.30'));
    expect(cents('100000.00') > cents('99999.99')).toBe(true);
    expect(cents('5')).toBe(500n);
  });

  it('matches a rule on type, category, product, branch or zone, and ARC and discount thresholds', () => {
    expect(ruleMatches(rule(), submission)).toBe(true);
    expect(ruleMatches(rule({ orderType: 'UPGRADE' }), submission)).toBe(false);
    expect(ruleMatches(rule({ productCategoryId: 'voip' }), submission)).toBe(false);
    expect(ruleMatches(rule({ productId: 'ill-std', zoneId: 'west' }), submission)).toBe(true);
    expect(ruleMatches(rule({ branchId: 'b2' }), submission)).toBe(false);
    expect(ruleMatches(rule({ arcMin: '250000.00', arcMax: '250000.00' }), submission)).toBe(true);
    expect(ruleMatches(rule({ arcMax: '249999.99' }), submission)).toBe(false);
    expect(ruleMatches(rule({ discountMin: '10.00' }), submission)).toBe(false);
  });

  it('routes by the matching rule of lowest priority', () => {
    const rules = [
      rule({ id: 'late', priority: 20 }),
      rule({ id: 'vip', priority: 5, arcMin: '500000.00' }),
      rule({ id: 'std', priority: 10 }),
    ];
    expect(pickRule(rules, submission)?.id).toBe('std');
    expect(pickRule(rules, { ...submission, arc: '600000.00' })?.id).toBe('vip');
    expect(pickRule(rules, { ...submission, orderType: 'TERMINATION' })).toBeNull();
  });

  it('refuses levels whose limits do not increase', () => {
    expect(levelsProblem(levels)).toBeNull();
    expect(levelsProblem([])).toBe('a rule needs at least one level');
    expect(levelsProblem([levels[1], levels[0]])).toBe("level 2's limit must be above level 1's");
  });

  it('walks the levels until one whose limit covers the amount; the last level decides', () => {
    expect(afterApproval(levels, 1, '250000.00')).toEqual({ kind: 'NEXT_LEVEL', level: levels[1] });
    expect(afterApproval(levels, 1, '100000.00')).toEqual({ kind: 'APPROVED' });
    expect(afterApproval(levels, 2, '250000.00')).toEqual({ kind: 'APPROVED' });
    expect(afterApproval(levels, 2, '9000000.00')).toEqual({ kind: 'APPROVED' });
  });

  it("lets the open level's role act, the next level's too once escalated, and active delegates on behalf", () => {
    const request = { levels, currentLevel: 1, escalatedAt: null };
    expect(actingRoles(request)).toEqual(['RM']);
    expect(actingRoles({ ...request, escalatedAt: new Date() })).toEqual(['RM', 'ZM']);
    const at = new Date('2026-12-07T10:00:00Z');
    const delegation = {
      id: 'd',
      approverId: 'rm-1',
      delegateId: 'sub-1',
      roles: ['RM'],
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
      createdAt: at,
    };
    expect(actingFor({ id: 'rm-1', roles: ['RM'] }, ['RM'], [], at)).toBe('rm-1');
    expect(actingFor({ id: 'zm-1', roles: ['ZM'] }, ['RM'], [], at)).toBeNull();
    expect(actingFor({ id: 'sub-1', roles: [] }, ['RM'], [delegation], at)).toBe('rm-1');
    expect(
      actingFor({ id: 'sub-1', roles: [] }, ['RM'], [delegation], new Date('2026-12-08T00:00:00Z')),
    ).toBeNull();
    expect(actingFor({ id: 'sub-1', roles: [] }, ['ZM'], [delegation], at)).toBeNull();
  });
});
