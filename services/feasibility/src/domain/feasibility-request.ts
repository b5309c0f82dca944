/**
 * Where a feasibility request stands, aligned with TMF645 task states. Only OPEN exists today; the BSO
 * feasibility flow adds IN_PROGRESS (TMF645 inProgress), DONE (done) and CANCELLED (terminatedWithError),
 * and with them the lifecycle table of allowed transitions.
 */
export const FEASIBILITY_REQUEST_STATUSES = ['OPEN'] as const;

/** One status of a feasibility request. */
export type FeasibilityRequestStatus = (typeof FEASIBILITY_REQUEST_STATUSES)[number];

/** The status every new request starts in (TMF645 acknowledged). */
export const INITIAL_FEASIBILITY_REQUEST_STATUS: FeasibilityRequestStatus = 'OPEN';

/** Bounds of what a requester may ask for. */
export const FEASIBILITY_REQUEST_LIMITS = {
  bandwidthMbps: { min: 1, max: 100_000 },
  address: { min: 5, max: 500 },
} as const;

/** What a requester asks to be checked: this bandwidth, at this address in this city, for this lead. */
export interface FeasibilityRequestDraft {
  leadId: string;
  cityId: string;
  bandwidthMbps: number;
  address: string;
}

/** A request to check feasibility of a bandwidth at an address, raised for a lead. */
export interface FeasibilityRequest extends FeasibilityRequestDraft {
  id: string;
  /** Human number `FR-<year>-<6 digits>`. */
  requestNo: string;
  status: FeasibilityRequestStatus;
  /** The requester's idempotency key, when one was given; unique per requester. */
  clientMutationId: string | null;
  createdAt: Date;
  /** The id of the actor who raised it. */
  createdBy: string;
}

/** One entry in a request's history: a move from one status to another (from null on creation). */
export interface FeasibilityRequestStatusChange {
  id: string;
  requestId: string;
  fromStatus: FeasibilityRequestStatus | null;
  toStatus: FeasibilityRequestStatus;
  changedAt: Date;
  changedBy: string;
  comment: string | null;
}

/** The facts the application supplies when a request is opened: identity, number, time, actor, key. */
export interface OpeningFacts {
  id: string;
  historyId: string;
  requestNo: string;
  at: Date;
  actorId: string;
  clientMutationId: string | null;
}

/** Opens a feasibility request: the request in its initial status and the history entry that records it. */
export function openFeasibilityRequest(
  draft: FeasibilityRequestDraft,
  facts: OpeningFacts,
): { request: FeasibilityRequest; change: FeasibilityRequestStatusChange } {
  const request: FeasibilityRequest = {
    id: facts.id,
    requestNo: facts.requestNo,
    leadId: draft.leadId,
    cityId: draft.cityId,
    bandwidthMbps: draft.bandwidthMbps,
    address: draft.address,
    status: INITIAL_FEASIBILITY_REQUEST_STATUS,
    clientMutationId: facts.clientMutationId,
    createdAt: facts.at,
    createdBy: facts.actorId,
  };
  const change: FeasibilityRequestStatusChange = {
    id: facts.historyId,
    requestId: request.id,
    fromStatus: null,
    toStatus: request.status,
    changedAt: facts.at,
    changedBy: facts.actorId,
    comment: null,
  };
  return { request, change };
}

/**
 * True when `request` is what `draft` asks for: a resubmission under the same idempotency key must ask for
 * the same thing to be answered with the earlier request.
 */
export function asksForSame(request: FeasibilityRequest, draft: FeasibilityRequestDraft): boolean {
  return (
    request.leadId === draft.leadId &&
    request.cityId === draft.cityId &&
    request.bandwidthMbps === draft.bandwidthMbps &&
    request.address === draft.address
  );
}
