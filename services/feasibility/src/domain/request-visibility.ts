/**
 * Which feasibility requests a caller may see, as a list query applies it in SQL (so pages and totals
 * count only what the caller reaches). It matches `Principal.reaches({ branchId, bsoId })`, which guards a
 * single request: a partner sees its own BSO's requests only; staff see their branches' requests, or every
 * request with the ALL data scope (only they see requests raised before branches were recorded).
 */
export type RequestVisibility =
  | { kind: 'ALL' }
  | { kind: 'BSO'; bsoId: string }
  | { kind: 'BRANCHES'; branchIds: readonly string[] }
  | { kind: 'NONE' };

/** What visibility needs to know about the caller. */
export interface Viewer {
  isPartner: boolean;
  bsoId: string | null;
  /** null: every branch. */
  branchScope: readonly string[] | null;
}

/** The requests `viewer` may see. */
export function requestVisibility(viewer: Viewer): RequestVisibility {
  if (viewer.isPartner) return viewer.bsoId ? { kind: 'BSO', bsoId: viewer.bsoId } : { kind: 'NONE' };
  if (viewer.branchScope === null) return { kind: 'ALL' };
  return viewer.branchScope.length > 0
    ? { kind: 'BRANCHES', branchIds: viewer.branchScope }
    : { kind: 'NONE' };
}
