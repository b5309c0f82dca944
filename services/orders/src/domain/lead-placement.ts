import { servesCity, type KnownBranch } from './known-branch';
import type { KnownCity } from './known-city';

/** Why a lead cannot be placed in a city and branch. */
export type PlacementProblem =
  | { field: 'cityId'; problem: 'UNKNOWN' | 'INACTIVE' }
  | { field: 'branchId'; problem: 'UNKNOWN' | 'INACTIVE' | 'NOT_SERVING_CITY' };

/**
 * The rules for where a new lead goes: its city and branch must be known and active, and the branch must
 * serve the city. Empty when the lead may be placed there. (Whether the caller may act in the branch is
 * checked before, against the caller's data scope.)
 */
export function placementProblems(city: KnownCity | null, branch: KnownBranch | null): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  if (!city) problems.push({ field: 'cityId', problem: 'UNKNOWN' });
  else if (!city.active) problems.push({ field: 'cityId', problem: 'INACTIVE' });
  if (!branch) problems.push({ field: 'branchId', problem: 'UNKNOWN' });
  else if (!branch.active) problems.push({ field: 'branchId', problem: 'INACTIVE' });
  else if (city && !servesCity(branch, city.id))
    problems.push({ field: 'branchId', problem: 'NOT_SERVING_CITY' });
  return problems;
}
