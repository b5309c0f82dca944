/**
 * Where a feasibility request stands, aligned with TMF645 task states: OPEN (acknowledged; waiting for the
 * assigned BSO's answer), ANSWERED (the BSO answered; waiting for the technical verdict, TMF645 inProgress),
 * and FEASIBLE / NOT_FEASIBLE (the technical team's verdict, TMF645 done), or CANCELLED (withdrawn by the
 * requester before a verdict, TMF645 terminatedWithError). The allowed moves between them are the lifecycle
 * table in `feasibility-request-process.ts`.
 */
export const FEASIBILITY_REQUEST_STATUSES = [
  'OPEN',
  'ANSWERED',
  'FEASIBLE',
  'NOT_FEASIBLE',
  'CANCELLED',
] as const;

/** One status of a feasibility request. */
export type FeasibilityRequestStatus = (typeof FEASIBILITY_REQUEST_STATUSES)[number];

/** The status every new request starts in (TMF645 acknowledged). */
export const INITIAL_FEASIBILITY_REQUEST_STATUS: FeasibilityRequestStatus = 'OPEN';

/** Bounds of what a requester may ask for. */
export const FEASIBILITY_REQUEST_LIMITS = {
  bandwidthMbps: { min: 1, max: 100_000 },
  address: { min: 5, max: 500 },
} as const;

/**
 * What a requester asks to be checked: this bandwidth, at this address in this city, for this lead, by this
 * BSO, on behalf of this branch.
 */
export interface FeasibilityRequestDraft {
  leadId: string;
  cityId: string;
  /** The branch the request belongs to (its data scope). */
  branchId: string;
  /** The BSO asked to answer. */
  bsoId: string;
  bandwidthMbps: number;
  address: string;
}

/**
 * A request to check feasibility of a bandwidth at an address, raised for a lead and assigned to one BSO.
 * Requests raised before branches and BSOs were recorded have neither (`null`); only staff with the ALL data
 * scope see them, and nobody can answer them.
 */
export interface FeasibilityRequest extends Omit<FeasibilityRequestDraft, 'branchId' | 'bsoId'> {
  id: string;
  /** Human number `FR-<year>-<6 digits>`. */
  requestNo: string;
  branchId: string | null;
  bsoId: string | null;
  status: FeasibilityRequestStatus;
  /** When the BSO is expected to have answered: creation plus the BSO's TAT for the city, then in force. */
  answerDueAt: Date | null;
  /** The requester's idempotency key, when one was given; unique per requester. */
  clientMutationId: string | null;
  /** The send for feasibility it was raised in, with the other BSOs' requests; null when raised alone. */
  batchId: string | null;
  createdAt: Date;
  /** The id of the actor who raised it. */
  createdBy: string;
  /** The technical team's verdict; null until it is given. */
  verdict: TechnicalVerdict | null;
  /** Why the technical team decided so. */
  verdictRemarks: string | null;
  decidedAt: Date | null;
  /** The id of the technical-team user who gave the verdict. */
  decidedBy: string | null;
  /** When the BSO was reminded that its answer is late (once per request); null until then. */
  remindedAt: Date | null;
}

/**
 * Whether the BSO is late with its answer at `now`: the request still waits for it (OPEN) and its
 * `answerDueAt` has passed. Requests without a due time (raised before BSO TATs) are never late.
 */
export function isAnswerOverdue(
  request: Pick<FeasibilityRequest, 'status' | 'answerDueAt'>,
  now: Date,
): boolean {
  return (
    request.status === 'OPEN' && request.answerDueAt !== null && request.answerDueAt.getTime() < now.getTime()
  );
}

/**
 * Which request an event is about, as every event of an assigned request names it. Only requests with a
 * branch and a BSO can be answered, decided, withdrawn or reminded (the rules refuse older ones first), so a
 * request without them here is a bug.
 */
export function assignedRequestRef(request: FeasibilityRequest): {
  requestId: string;
  requestNo: string;
  leadId: string;
  cityId: string;
  branchId: string;
  bsoId: string;
} {
  const { branchId, bsoId } = request;
  if (!branchId || !bsoId)
    throw new Error(`feasibility request ${request.requestNo} has no branch or BSO to publish`);
  return {
    requestId: request.id,
    requestNo: request.requestNo,
    leadId: request.leadId,
    cityId: request.cityId,
    branchId,
    bsoId,
  };
}

/** Whether the BSO is to be reminded at `now`: its answer is late and it has not been reminded yet. */
export function needsReminder(
  request: Pick<FeasibilityRequest, 'status' | 'answerDueAt' | 'remindedAt'>,
  now: Date,
): boolean {
  return request.remindedAt === null && isAnswerOverdue(request, now);
}

/** The technical team's verdict on a BSO's answered request; each is also the status it moves the request to. */
export const TECHNICAL_VERDICTS = ['FEASIBLE', 'NOT_FEASIBLE'] as const;
export type TechnicalVerdict = (typeof TECHNICAL_VERDICTS)[number];

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

/** The facts the application supplies when a request is opened: identity, number, time, actor, key, TAT. */
export interface OpeningFacts {
  id: string;
  historyId: string;
  requestNo: string;
  at: Date;
  actorId: string;
  clientMutationId: string | null;
  /** The send it belongs to, when it is one of several BSOs' requests (null or omitted when alone). */
  batchId?: string | null;
  /** The assigned BSO's turnaround time for the city, in hours. */
  tatHours: number;
}

/** When an answer is due: `hours` after `from`. */
export function answerDueAt(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 3_600_000);
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
    branchId: draft.branchId,
    bsoId: draft.bsoId,
    bandwidthMbps: draft.bandwidthMbps,
    address: draft.address,
    status: INITIAL_FEASIBILITY_REQUEST_STATUS,
    answerDueAt: answerDueAt(facts.at, facts.tatHours),
    clientMutationId: facts.clientMutationId,
    batchId: facts.batchId ?? null,
    createdAt: facts.at,
    createdBy: facts.actorId,
    verdict: null,
    verdictRemarks: null,
    decidedAt: null,
    decidedBy: null,
    remindedAt: null,
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

/** The same check of the same site (lead, city, branch, bandwidth, address), whichever BSO is asked. */
export function sameCheck(
  a: Omit<FeasibilityRequestDraft, 'bsoId' | 'branchId'> & { branchId: string | null },
  b: Omit<FeasibilityRequestDraft, 'bsoId'>,
): boolean {
  return (
    a.leadId === b.leadId &&
    a.cityId === b.cityId &&
    a.branchId === b.branchId &&
    a.bandwidthMbps === b.bandwidthMbps &&
    a.address === b.address
  );
}

/**
 * True when `request` is what `draft` asks for: a resubmission under the same idempotency key must ask for
 * the same thing to be answered with the earlier request.
 */
export function asksForSame(request: FeasibilityRequest, draft: FeasibilityRequestDraft): boolean {
  return sameCheck(request, draft) && request.bsoId === draft.bsoId;
}
