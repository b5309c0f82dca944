import { Principal, allPermissions, type Permission } from '@oms/auth';
import type { AccessSnapshot } from '@oms/contracts';
import { staffAccess as kitStaffAccess } from '@oms/testkit';

/** An access snapshot of a staff user: the given branches only (not the ALL data scope), lead rights. */
export function staffAccess(
  userId: string,
  branchIds: string[],
  permissions: Permission[] = ['LEADS:VIEW', 'LEADS:CREATE'],
): AccessSnapshot {
  return kitStaffAccess(userId, { branchIds, permissions, groups: ['SALES'] });
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
