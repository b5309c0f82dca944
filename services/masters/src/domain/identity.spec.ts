import {
  furtherBranches,
  groupScopeProblem,
  makesMenuCycle,
  menuRightsProblem,
  normalizeEmail,
  orderedRights,
  userShapeProblems,
  type UserShape,
} from './identity';

const staff = (overrides: Partial<UserShape> = {}): UserShape => ({
  kind: 'STAFF',
  bsoId: null,
  homeBranchId: 'b1',
  branchIds: [],
  installationCityIds: [],
  allScope: false,
  ...overrides,
});
const partner = (overrides: Partial<UserShape> = {}): UserShape =>
  staff({ kind: 'PARTNER', bsoId: 'bso1', homeBranchId: null, ...overrides });

describe('identity rules', () => {
  it('stores e-mail addresses trimmed and lower case', () => {
    expect(normalizeEmail('  Asha.K@Example.COM ')).toBe('asha.k@example.com');
  });

  it('orders menu rights canonically and drops repeats', () => {
    expect(orderedRights(['ADMIN', 'VIEW', 'EDIT', 'VIEW'])).toEqual(['VIEW', 'EDIT', 'ADMIN']);
    expect(orderedRights([])).toEqual([]);
  });

  it('wants VIEW with any other menu right, and accepts no rights at all', () => {
    expect(menuRightsProblem(['VIEW', 'EDIT'])).toBeNull();
    expect(menuRightsProblem([])).toBeNull();
    expect(menuRightsProblem(['EDIT'])).toMatch(/include VIEW/);
  });

  it('accepts staff with a home branch, or without one when a group gives the ALL scope', () => {
    expect(userShapeProblems(staff())).toEqual([]);
    expect(userShapeProblems(staff({ homeBranchId: null, allScope: true }))).toEqual([]);
  });

  it('refuses staff without a home branch or with a BSO', () => {
    expect(userShapeProblems(staff({ homeBranchId: null, bsoId: 'bso1' })).map(([f]) => f)).toEqual([
      'bsoId',
      'homeBranchId',
    ]);
  });

  it('wants a partner to have a BSO and neither branches nor installation cities', () => {
    expect(userShapeProblems(partner())).toEqual([]);
    expect(
      userShapeProblems(
        partner({ bsoId: null, homeBranchId: 'b1', branchIds: ['b2'], installationCityIds: ['c1'] }),
      ).map(([f]) => f),
    ).toEqual(['bsoId', 'homeBranchId', 'branchIds', 'installationCityIds']);
  });

  it('keeps partner groups to the ASSIGNED scope', () => {
    expect(groupScopeProblem('PARTNER', 'ALL')).toMatch(/ASSIGNED/);
    expect(groupScopeProblem('PARTNER', 'ASSIGNED')).toBeNull();
    expect(groupScopeProblem('STAFF', 'ALL')).toBeNull();
  });

  it('keeps further branches distinct and without the home branch', () => {
    expect(furtherBranches('b1', ['b2', 'b1', 'b2', 'b3'])).toEqual(['b2', 'b3']);
    expect(furtherBranches(null, ['b2'])).toEqual(['b2']);
  });

  it('finds a menu put under itself or under one of its descendants', () => {
    const parents = new Map<string, string | null>([
      ['root', null],
      ['child', 'root'],
      ['grandchild', 'child'],
      ['other', null],
    ]);
    expect(makesMenuCycle('root', 'grandchild', parents)).toBe(true);
    expect(makesMenuCycle('root', 'root', parents)).toBe(true);
    expect(makesMenuCycle('grandchild', 'other', parents)).toBe(false);
    expect(makesMenuCycle('other', 'grandchild', parents)).toBe(false);
  });
});
