import { sameCheck, type FeasibilityRequestDraft } from './feasibility-request';

/** Bounds of one send for feasibility. */
export const FEASIBILITY_BATCH_LIMITS = {
  /** How many BSOs a requester may pick for one send. */
  bsoIds: { min: 1, max: 20 },
} as const;

/** What is asked of every BSO of one send: a request draft without its BSO. */
export type Ask = Omit<FeasibilityRequestDraft, 'bsoId'>;

/**
 * One send for feasibility: the same check asked of several BSOs at once, one request per BSO, all sharing
 * the batch's id so a lead's feasibility can be viewed together. `bsoIds` is what the requester picked, or
 * null when they asked every BSO serving the city.
 */
export interface FeasibilityBatch extends Ask {
  id: string;
  bsoIds: string[] | null;
  /** The requester's idempotency key, when one was given; unique per requester. */
  clientMutationId: string | null;
  createdAt: Date;
  createdBy: string;
}

/**
 * True when `batch` is what a resubmission asks for: the same check of the same picked BSOs (in any order),
 * or again of every BSO serving the city.
 */
export function sendsSame(batch: FeasibilityBatch, ask: Ask, bsoIds: readonly string[] | null): boolean {
  const sorted = (ids: readonly string[] | null) => (ids === null ? null : [...ids].sort().join(','));
  return sameCheck(batch, ask) && sorted(batch.bsoIds) === sorted(bsoIds);
}
