import { Principal, allPermissions, type Permission } from '@oms/auth';
import type { AccessSnapshot } from '@oms/contracts';

/** An access snapshot of a staff user: the given branches only (not the ALL data scope), lead rights. */
export function staffAccess(
  userId: string,
  branchIds: string[],
  permissions: Permission[] = ['LEADS:VIEW', 'LEADS:CREATE'],
): AccessSnapshot {
  return {
    userId,
    version: 1,
    active: true,
    kind: 'STAFF',
    bsoId: null,
    email: `${userId}@oms.test`,
    name: userId,
    homeBranchId: branchIds[0] ?? null,
    branchIds,
    allBranches: false,
    installationCityIds: [],
    groups: ['SALES'],
    permissions,
  };
}

/** A staff user who works in the given branches. */
export function staffIn(...branchIds: string[]): Principal {
  return Principal.of(staffAccess(`staff-${branchIds.join('-') || 'none'}`, branchIds));
}

/** A user with the ALL data scope (head office): every branch, and the leads that have none. */
export function headOffice(): Principal {
  return Principal.of({
    ...staffAccess('head-office', []),
    allBranches: true,
    groups: ['HEAD_OFFICE'],
    permissions: allPermissions(),
  });
}
