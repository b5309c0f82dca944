import { FeasibilityErrorCode, type Refusal } from './feasibility-errors';

/**
 * feasibility's copy of a masters BSO (partner last-mile operator), kept from `bso.*` events so requests can
 * be checked while masters is down.
 */
export interface KnownBso {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

/** feasibility's copy of a masters BSO city setting (which BSO serves which city, its recipients and TAT). */
export interface KnownBsoCitySetting {
  id: string;
  bsoId: string;
  cityId: string;
  to: string[];
  cc: string[];
  /** How many hours the BSO has to answer a feasibility request in this city. */
  tatHours: number;
  active: boolean;
}

/** feasibility's copy of a masters branch, kept from `branch.*` events (the branch a request belongs to). */
export interface KnownBranch {
  id: string;
  code: string;
  name: string;
  cityIds: string[];
  active: boolean;
}

/** The shared codes a reference check returns. */
export const ReferenceCode = {
  NOT_FOUND: 'REFERENCE_NOT_FOUND',
  INACTIVE: FeasibilityErrorCode.REFERENCE_INACTIVE,
  VALIDATION: 'VALIDATION_FAILED',
} as const;

/** Why a request may not belong to `branch`, or null when it may (it exists and is active). */
export function branchRefusal(branch: KnownBranch | null): Refusal | null {
  if (!branch) return { code: ReferenceCode.NOT_FOUND, message: 'no branch has this id' };
  if (!branch.active) return { code: ReferenceCode.INACTIVE, message: `branch ${branch.code} is inactive` };
  return null;
}

/**
 * Why a request in a city may not be assigned to `bso`, or null when it may: the BSO must exist and be
 * active, and `setting` — its active city setting for the request's city, if any — must exist.
 */
export function bsoAssignmentRefusal(
  bso: KnownBso | null,
  setting: KnownBsoCitySetting | null,
): Refusal | null {
  if (!bso) return { code: ReferenceCode.NOT_FOUND, message: 'no BSO has this id' };
  const label = `BSO ${bso.code}`;
  if (!bso.active) return { code: ReferenceCode.INACTIVE, message: `${label} is inactive` };
  if (!setting || !setting.active || setting.bsoId !== bso.id)
    return { code: ReferenceCode.VALIDATION, message: `${label} does not serve the city of the request` };
  return null;
}

/** Someone a BSO's request mail goes to: an address of its city setting, To or Cc. */
export interface BsoRecipient {
  email: string;
  /** The settings hold addresses only: no names. */
  name: null;
  role: 'BSO';
  kind: 'TO' | 'CC';
}

/** Who at the BSO gets a request's mail: the city setting's To addresses, then its Cc addresses. */
export function bsoRecipients(setting: KnownBsoCitySetting): BsoRecipient[] {
  return [
    ...setting.to.map((email) => ({ email, name: null, role: 'BSO' as const, kind: 'TO' as const })),
    ...setting.cc.map((email) => ({ email, name: null, role: 'BSO' as const, kind: 'CC' as const })),
  ];
}
