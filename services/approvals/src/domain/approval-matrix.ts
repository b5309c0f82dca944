/**
 * Where a version of an approval matrix stands: DRAFT (being edited), ACTIVE (the one version of a name that
 * routes approvals; published, immutable) and RETIRED (superseded by a newer published version; kept so
 * requests started under it can still be explained). DRAFT → ACTIVE → RETIRED, nothing else.
 */
export const APPROVAL_MATRIX_STATUSES = ['DRAFT', 'ACTIVE', 'RETIRED'] as const;

/** One status of an approval matrix version. */
export type ApprovalMatrixStatus = (typeof APPROVAL_MATRIX_STATUSES)[number];

/** The status every new version starts in: editable, not yet routing anything. */
export const INITIAL_APPROVAL_MATRIX_STATUS: ApprovalMatrixStatus = 'DRAFT';

/** The version number of a name's first matrix. */
export const FIRST_MATRIX_VERSION = 1;

/** Bounds of what an administrator may enter. */
export const APPROVAL_MATRIX_LIMITS = {
  name: { min: 3, max: 100 },
  description: { max: 500 },
} as const;

/** What an administrator enters for a new matrix (or a new version of one). */
export interface ApprovalMatrixDraft {
  name: string;
  description: string | null;
}

/** One version of a DOA approval matrix. All versions of a matrix share its name. */
export interface ApprovalMatrix extends ApprovalMatrixDraft {
  id: string;
  /** The name as compared: the versions of one matrix share it, whatever the case they were typed in. */
  nameKey: string;
  version: number;
  status: ApprovalMatrixStatus;
  /** The creator's idempotency key, when one was given; unique per creator. */
  clientMutationId: string | null;
  createdAt: Date;
  /** The id of the actor who created it. */
  createdBy: string;
}

/** A matrix name as shown and stored: without surrounding spaces, inner runs of whitespace as one space. */
export function normalizeMatrixName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The key that makes two names the same matrix: normalized and lower case ("DOA  ILL" = "doa ill"). */
export function matrixNameKey(name: string): string {
  return normalizeMatrixName(name).toLowerCase();
}

/** The version a new matrix of a name gets, given the highest version that name has (null: none yet). */
export function nextMatrixVersion(latest: number | null): number {
  return latest === null ? FIRST_MATRIX_VERSION : latest + 1;
}

/** The facts the application supplies for a new version: identity, version, time, actor, key. */
export interface DraftFacts {
  id: string;
  version: number;
  at: Date;
  actorId: string;
  clientMutationId: string | null;
}

/** A new approval matrix version in DRAFT. */
export function draftApprovalMatrix(draft: ApprovalMatrixDraft, facts: DraftFacts): ApprovalMatrix {
  const name = normalizeMatrixName(draft.name);
  return {
    id: facts.id,
    name,
    nameKey: matrixNameKey(name),
    version: facts.version,
    status: INITIAL_APPROVAL_MATRIX_STATUS,
    description: draft.description,
    clientMutationId: facts.clientMutationId,
    createdAt: facts.at,
    createdBy: facts.actorId,
  };
}

/**
 * True when `matrix` is what `draft` asks for: a resubmission under the same idempotency key must ask for
 * the same thing to be answered with the earlier version.
 */
export function asksForSame(matrix: ApprovalMatrix, draft: ApprovalMatrixDraft): boolean {
  return matrix.name === normalizeMatrixName(draft.name) && matrix.description === draft.description;
}
