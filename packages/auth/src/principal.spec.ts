import type { AccessSnapshot } from '@oms/contracts';
import { Principal } from './principal';

const base: AccessSnapshot = {
  userId: 'u',
  version: 1,
  active: true,
  kind: 'STAFF',
  bsoId: null,
  email: 'u@x',
  name: 'U',
  homeBranchId: 'b1',
  branchIds: ['b1', 'b2'],
  allBranches: false,
  installationCityIds: ['pune'],
  groups: ['SALES'],
  permissions: ['LEADS:VIEW'],
};

describe('Principal', () => {
  it('reaches records of its branches only', () => {
    const p = Principal.of(base);
    expect(p.reaches({ branchId: 'b2' })).toBe(true);
    expect(p.reaches({ branchId: 'b3' })).toBe(false);
    expect(p.reaches({ branchId: null })).toBe(false);
    expect(p.branchScope).toEqual(['b1', 'b2']);
  });

  it('reaches installations in its installation cities only', () => {
    const p = Principal.of(base);
    expect(p.reaches({ branchId: 'b1', installationCityId: 'pune' })).toBe(true);
    expect(p.reaches({ branchId: 'b1', installationCityId: 'mumbai' })).toBe(false);
  });

  it('reaches everything with the ALL data scope', () => {
    const p = Principal.of({ ...base, allBranches: true });
    expect(p.reaches({ branchId: 'b9', installationCityId: 'delhi' })).toBe(true);
    expect(p.branchScope).toBeNull();
    expect(p.installationCityScope).toBeNull();
  });

  it('keeps a partner to its own BSO, whatever branch a record has', () => {
    const p = Principal.of({ ...base, kind: 'PARTNER', bsoId: 'bso-1', branchIds: [], allBranches: false });
    expect(p.reaches({ bsoId: 'bso-1', branchId: 'b1' })).toBe(true);
    expect(p.reaches({ bsoId: 'bso-2' })).toBe(false);
    expect(p.reaches({ branchId: 'b1' })).toBe(false);
    expect(p.reaches({})).toBe(false);
    const withBranches = Principal.of({ ...base, kind: 'PARTNER', bsoId: 'bso-1', branchIds: ['b1'] });
    expect(withBranches.branchScope).toEqual([]);
    expect(withBranches.installationCityScope).toEqual([]);
  });

  it('reaches nothing when anonymous or deactivated', () => {
    expect(Principal.anonymous().reaches({})).toBe(false);
    expect(Principal.of({ ...base, active: false }).reaches({ branchId: 'b1' })).toBe(false);
    expect(Principal.anonymous().branchScope).toEqual([]);
  });

  it('answers permission checks', () => {
    const p = Principal.of(base);
    expect(p.can('LEADS:VIEW')).toBe(true);
    expect(p.can('LEADS:CREATE')).toBe(false);
    expect(p.canAny(['LEADS:CREATE', 'LEADS:VIEW'])).toBe(true);
  });
});
