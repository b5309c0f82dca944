/**
 * orders' local copy of a masters branch, kept from masters' `branch.*` events: leads belong to a branch,
 * and users see and act only within their branches.
 */
export interface KnownBranch {
  id: string;
  /** Short code, never changes (e.g. PUNE_01). */
  code: string;
  name: string;
  zoneId: string;
  /** The cities the branch serves (at least one). */
  cityIds: string[];
  /** False once masters deactivated the branch: existing leads keep it, new leads may not use it. */
  active: boolean;
}

/** Whether a branch serves a city, i.e. may take leads for it. */
export function servesCity(branch: Pick<KnownBranch, 'cityIds'>, cityId: string): boolean {
  return branch.cityIds.includes(cityId);
}
