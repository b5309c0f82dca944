/** A master record that is deactivated rather than deleted. */
export interface Deactivatable {
  deactivatedAt: Date | null;
}

/** Error codes of the masters lifecycle, beyond the shared ones in `@oms/server`. */
export const MasterErrorCode = {
  /** The master is already deactivated. */
  ALREADY_INACTIVE: 'ALREADY_INACTIVE',
  /** Active records still depend on the master, so it cannot be deactivated. */
  IN_USE: 'IN_USE',
  /** The referenced master exists but is deactivated, so nothing new may refer to it. */
  REFERENCE_INACTIVE: 'REFERENCE_INACTIVE',
} as const;

/** Why a master may not be deactivated: a stable code and a message. */
export interface Refusal {
  code: string;
  message: string;
}

/** True while the master has not been deactivated. */
export function isActive(master: Deactivatable): boolean {
  return master.deactivatedAt === null;
}

/**
 * Whether `master` (described as e.g. "state MH") may be deactivated, given how many active records
 * (`nouns`: singular and plural, e.g. ["city", "cities"]) still refer to it. A master is deactivated once, and only when nothing active
 * depends on it; the refusal names how many do.
 */
export function deactivationRefusal(
  master: Deactivatable,
  label: string,
  activeDependents: number,
  nouns: readonly [string, string],
): Refusal | null;
/**
 * The same rule for a master that several kinds of active records depend on (e.g. a city: branches, BSO
 * city settings, users' installation cities and teams). The refusal names each kind that still has active
 * records, in the order given: "city PUNE is used by 1 active branch, 2 active users and 1 active team".
 */
export function deactivationRefusal(
  master: Deactivatable,
  label: string,
  dependents: readonly ActiveDependents[],
): Refusal | null;
export function deactivationRefusal(
  master: Deactivatable,
  label: string,
  dependents: number | readonly ActiveDependents[],
  nouns?: readonly [string, string],
): Refusal | null {
  if (!isActive(master)) {
    return { code: MasterErrorCode.ALREADY_INACTIVE, message: `${label} is already inactive` };
  }
  const kinds =
    typeof dependents === 'number'
      ? [{ count: dependents, nouns: nouns ?? (['record', 'records'] as const) }]
      : dependents;
  const inUse = kinds
    .filter((kind) => kind.count > 0)
    .map((kind) => `${kind.count} active ${kind.count === 1 ? kind.nouns[0] : kind.nouns[1]}`);
  if (inUse.length > 0) {
    return { code: MasterErrorCode.IN_USE, message: `${label} is used by ${listed(inUse)}` };
  }
  return null;
}

/** "a", "a and b", "a, b and c". */
function listed(parts: readonly string[]): string {
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** How many active records of one kind (`nouns`: singular and plural) depend on a master. */
export interface ActiveDependents {
  count: number;
  nouns: readonly [string, string];
}

/** Marks a master deactivated at `at`; returns the new record, leaving the old one untouched. */
export function deactivated<T extends Deactivatable>(master: T, at: Date): T {
  return { ...master, deactivatedAt: at };
}
