import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { FeasibilityRequest as FeasibilityRequestModel, FeasibilityRequestStatusChange as FeasibilityRequestStatusChangeModel } from '../../domain/feasibility-request';
import { BsoAnswer as BsoAnswerModel } from '../../domain/bso-answer';
import { LeadReference as LeadReferenceModel, FeasibilityContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, ISO-8601 with offset (e.g. 2026-11-22T10:15:00.000Z). */
  DateTime: { input: Date; output: Date | string; }
  /**
   * A decimal amount as a string, e.g. "12500.50" (never a float, so no precision is lost). Amounts come with a
   * currency field.
   */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A branch office in a zone, serving one or more cities. Other subgraphs reference it by `id`. */
export type Branch = {
  __typename?: 'Branch';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/**
 * A BSO: the partner last-mile operator that carries the link to the customer's site in a city and answers
 * feasibility requests. Other subgraphs reference it by `id`.
 */
export type Bso = {
  __typename?: 'Bso';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** A BSO's answer to a feasibility request: whether it can deliver and, when it can, at what cost and how soon. */
export type BsoFeasibilityAnswer = {
  __typename?: 'BsoFeasibilityAnswer';
  /** When the BSO answered. */
  answeredAt: Scalars['DateTime']['output'];
  /** Who answered (the id of the BSO's partner account). */
  answeredBy: Scalars['String']['output'];
  /** The currency of the costs (ISO 4217, e.g. INR). */
  currency: Scalars['String']['output'];
  /** Days the BSO needs to deliver once ordered (1–365); null when not feasible. */
  expectedDeliveryDays?: Maybe<Scalars['Int']['output']>;
  /** True when the BSO can deliver the bandwidth at the address. */
  feasible: Scalars['Boolean']['output'];
  /** Monthly recurring charge, in `currency`; null when not feasible. */
  mrcCost?: Maybe<Scalars['Decimal']['output']>;
  /** One-time charge (installation), in `currency`; null when not feasible. */
  otcCost?: Maybe<Scalars['Decimal']['output']>;
  /** The BSO's remarks, when given. */
  remarks?: Maybe<Scalars['String']['output']>;
};

/** A city where services are sold and installed. Other subgraphs reference it by `id`. */
export type City = {
  __typename?: 'City';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** What a new feasibility request needs. */
export type CreateFeasibilityRequestInput = {
  /** The installation address: 5–500 characters. */
  address: Scalars['String']['input'];
  /** The bandwidth asked for, in Mbps: 1–100000. */
  bandwidthMbps: Scalars['Int']['input'];
  /** The branch the request is raised for: one the caller works in (an id of the masters subgraph's Branch). */
  branchId: Scalars['ID']['input'];
  /** The BSO asked to answer: an active BSO with an active setting for the city (an id of masters' Bso). */
  bsoId: Scalars['ID']['input'];
  /** The city of the installation address (an id of the masters subgraph's City). */
  cityId: Scalars['ID']['input'];
  /**
   * Optional idempotency key chosen by the client (1–100 characters). Sending the
   * same key again with the same input returns the request created the first time and changes nothing;
   * with a different input it is refused with IDEMPOTENCY_KEY_REUSED. Keys are scoped to the caller.
   */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The lead the request is for (an id of the orders subgraph's Lead). */
  leadId: Scalars['ID']['input'];
};

/** The outcome of createFeasibilityRequest. */
export type CreateFeasibilityRequestPayload = {
  __typename?: 'CreateFeasibilityRequestPayload';
  /** The idempotency key of the input, echoed back. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Why nothing was created; empty on success. */
  errors: Array<UserError>;
  /** The new request (or, for a repeated key, the one created the first time); null when refused. */
  feasibilityRequest?: Maybe<FeasibilityRequest>;
};

/**
 * A request to check whether a bandwidth can be delivered at an address in a city, raised for a lead. Partner
 * BSOs answer it; our technical team gives the final verdict.
 */
export type FeasibilityRequest = {
  __typename?: 'FeasibilityRequest';
  /** The installation address, as entered. */
  address: Scalars['String']['output'];
  /** The BSO's answer; null until it answers. */
  answer?: Maybe<BsoFeasibilityAnswer>;
  /** When the BSO is expected to answer: creation plus the BSO's TAT for the city at that time (null for older requests). */
  answerDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** True while the BSO has not answered (OPEN) and answerDueAt has passed: the BSO is late. */
  answerOverdue: Scalars['Boolean']['output'];
  /** The bandwidth asked for, in Mbps (1–100000). */
  bandwidthMbps: Scalars['Int']['output'];
  /**
   * The send for feasibility it was raised in (sendForFeasibility), shared with the other BSOs' requests of
   * that send; null for a request raised alone (createFeasibilityRequest).
   */
  batchId?: Maybe<Scalars['ID']['output']>;
  /** The branch the request belongs to (its data scope); null for requests raised before branches were recorded. */
  branch?: Maybe<Branch>;
  /** The BSO asked to answer; null for requests raised before BSOs were assigned. */
  bso?: Maybe<Bso>;
  /** The city of the installation address. */
  city: City;
  /** When the request was raised. */
  createdAt: Scalars['DateTime']['output'];
  /** Who raised it (the id of the acting user or partner account). */
  createdBy: Scalars['String']['output'];
  /** When the verdict was given; null until then. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who gave the verdict (the id of the technical-team user); null until then. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Every status the request entered, oldest first; the first entry is its creation. */
  history: Array<FeasibilityRequestStatusChange>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The lead the request was raised for. */
  lead: Lead;
  /** What the current caller can do next with the request. */
  nextActions: Array<FeasibilityRequestAction>;
  /** When the BSO was reminded by mail that its answer is late (once per request); null until then. */
  remindedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Human number, unique: FR-<year>-<6 digits> (e.g. FR-2026-000123), counted per calendar year (UTC). */
  requestNo: Scalars['String']['output'];
  /** Where the request stands. */
  status: FeasibilityRequestStatus;
  /** Our technical team's verdict on the BSO's answer; null until it is given. */
  verdict?: Maybe<TechnicalVerdict>;
  /** Why the technical team decided so; null until the verdict is given. */
  verdictRemarks?: Maybe<Scalars['String']['output']>;
};

/** What the current caller can do next with a feasibility request. */
export type FeasibilityRequestAction =
  /**
   * Give the technical verdict (recordTechnicalFeasibility): a user holding TECHNICAL_FEASIBILITY within the
   * request's branch, once the BSO answered and until a verdict is given.
   */
  | 'RECORD_VERDICT'
  /** Answer it (respondToFeasibilityRequest): the assigned BSO's partner account, while the request is OPEN. */
  | 'RESPOND'
  /**
   * Withdraw it (withdrawFeasibilityRequest): staff holding FEASIBILITY:CREATE within the request's branch,
   * until the verdict.
   */
  | 'WITHDRAW';

/** A page of feasibility requests, newest first. */
export type FeasibilityRequestConnection = {
  __typename?: 'FeasibilityRequestConnection';
  /** The requests of this page. */
  edges: Array<FeasibilityRequestEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many requests match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One feasibility request in a page of requests. */
export type FeasibilityRequestEdge = {
  __typename?: 'FeasibilityRequestEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The feasibility request. */
  node: FeasibilityRequest;
};

/** Narrows a list of feasibility requests; the given conditions all apply. */
export type FeasibilityRequestFilter = {
  /** true: only requests whose BSO is late with its answer (answerOverdue); false: only the others. */
  answerOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the requests of this send for feasibility (its batchId). */
  batchId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests of this branch. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests assigned to this BSO. */
  bsoId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests in this city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests raised for this lead. */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests in this status. */
  status?: InputMaybe<FeasibilityRequestStatus>;
};

/** Where a feasibility request stands. Aligned with TM Forum TMF645 (Service Qualification) task states. */
export type FeasibilityRequestStatus =
  /** The BSO answered; waiting for our technical verdict (TMF645 inProgress). */
  | 'ANSWERED'
  /** Withdrawn by the requester before the verdict, e.g. another BSO was chosen (TMF645 terminatedWithError); final. */
  | 'CANCELLED'
  /** Our technical team found it feasible with this BSO (TMF645 done); final. */
  | 'FEASIBLE'
  /** Our technical team found it not feasible with this BSO (TMF645 done); final. */
  | 'NOT_FEASIBLE'
  /** Raised and waiting for the assigned BSO's answer (TMF645 acknowledged). */
  | 'OPEN';

/** One entry in a feasibility request's history: who moved it from which status to which, when, and why. */
export type FeasibilityRequestStatusChange = {
  __typename?: 'FeasibilityRequestStatusChange';
  /** When it happened. */
  changedAt: Scalars['DateTime']['output'];
  /** Who did it (the id of the acting user, partner account or `system`). */
  changedBy: Scalars['String']['output'];
  /** Who did it, by display name as feasibility last heard it from masters; null when unknown (e.g. `system`). */
  changedByName?: Maybe<Scalars['String']['output']>;
  /** Why, when a reason was given. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The status it left; null for the entry that created the request. */
  fromStatus?: Maybe<FeasibilityRequestStatus>;
  /** The status it entered. */
  toStatus: FeasibilityRequestStatus;
};

/** A prospective customer's interest in a service, captured by sales before feasibility and ordering. */
export type Lead = {
  __typename?: 'Lead';
  /**
   * The lead's feasibility requests across BSOs, newest first: only those the caller reaches (a partner its
   * BSO's, staff their branches', or all with the ALL data scope).
   */
  feasibilityRequests: Array<FeasibilityRequest>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Raises a feasibility request for a lead, for one of the caller's branches, assigned to a BSO serving the
   * city; numbered FR-<year>-<6 digits>; publishes feasibility.requested.
   */
  createFeasibilityRequest: CreateFeasibilityRequestPayload;
  /**
   * Records the technical verdict on a BSO's answered request (users holding TECHNICAL_FEASIBILITY within the
   * request's branch; once): moves it to FEASIBLE or NOT_FEASIBLE; publishes feasibility_request.concluded.
   */
  recordTechnicalFeasibility: RecordTechnicalFeasibilityPayload;
  /**
   * Reminds every BSO that is late with its answer now (FEASIBILITY:ADMIN; the service also does this every
   * minute on its own): each late request not reminded yet publishes feasibility_request.reminded, once.
   */
  remindLateFeasibilityAnswers: RemindLateFeasibilityAnswersPayload;
  /**
   * Records the assigned BSO's answer (its partner accounts only, once, while the request is OPEN); moves the
   * request to ANSWERED; publishes feasibility_request.answered.
   */
  respondToFeasibilityRequest: RespondToFeasibilityRequestPayload;
  /**
   * Sends one feasibility check to several BSOs at once, for one of the caller's branches: the BSOs picked, or
   * every BSO serving the city. Raises one numbered request per BSO in one transaction, sharing a batchId;
   * publishes feasibility.requested for each (with that BSO's mail recipients).
   */
  sendForFeasibility: SendForFeasibilityPayload;
  /**
   * Withdraws a request before its verdict (staff holding FEASIBILITY:CREATE within the request's branch):
   * moves it to CANCELLED; publishes feasibility_request.withdrawn to tell its BSO.
   */
  withdrawFeasibilityRequest: WithdrawFeasibilityRequestPayload;
};


export type MutationCreateFeasibilityRequestArgs = {
  input: CreateFeasibilityRequestInput;
};


export type MutationRecordTechnicalFeasibilityArgs = {
  input: RecordTechnicalFeasibilityInput;
};


export type MutationRespondToFeasibilityRequestArgs = {
  input: RespondToFeasibilityRequestInput;
};


export type MutationSendForFeasibilityArgs = {
  input: SendForFeasibilityInput;
};


export type MutationWithdrawFeasibilityRequestArgs = {
  input: WithdrawFeasibilityRequestInput;
};

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One feasibility request by id, or null when there is none or it is outside the caller's reach. */
  feasibilityRequest?: Maybe<FeasibilityRequest>;
  /**
   * The feasibility requests the caller reaches (a partner: its BSO's; staff: their branches', or all with the
   * ALL data scope), newest first, with cursor pagination (`first` is capped at 100).
   */
  feasibilityRequests: FeasibilityRequestConnection;
};


export type QueryFeasibilityRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeasibilityRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeasibilityRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The technical team's verdict on a BSO's answered feasibility request. */
export type RecordTechnicalFeasibilityInput = {
  /** The request (one BSO's, in status ANSWERED). */
  id: Scalars['ID']['input'];
  /** Why: 1–500 characters. */
  remarks: Scalars['String']['input'];
  /** FEASIBLE or NOT_FEASIBLE. */
  verdict: TechnicalVerdict;
};

/** The outcome of recordTechnicalFeasibility. */
export type RecordTechnicalFeasibilityPayload = {
  __typename?: 'RecordTechnicalFeasibilityPayload';
  /** Why nothing was recorded; empty on success. */
  errors: Array<UserError>;
  /** The decided request; null when refused. */
  feasibilityRequest?: Maybe<FeasibilityRequest>;
};

/** The outcome of remindLateFeasibilityAnswers. */
export type RemindLateFeasibilityAnswersPayload = {
  __typename?: 'RemindLateFeasibilityAnswersPayload';
  /** How many late BSOs were reminded now. */
  reminded: Scalars['Int']['output'];
};

/** A BSO's answer to a feasibility request assigned to it. */
export type RespondToFeasibilityRequestInput = {
  /** Days needed to deliver once ordered: 1–365; required when feasible, else omitted. */
  expectedDeliveryDays?: InputMaybe<Scalars['Int']['input']>;
  /** True when the BSO can deliver the bandwidth at the address. */
  feasible: Scalars['Boolean']['input'];
  /** The request to answer. */
  id: Scalars['ID']['input'];
  /** Monthly recurring charge in INR, as otcCost; required when feasible, else omitted. */
  mrcCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** One-time charge in INR, ≥ 0 with at most 2 decimals (e.g. "12500.00"); required when feasible, else omitted. */
  otcCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Remarks: at most 1000 characters. */
  remarks?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of respondToFeasibilityRequest. */
export type RespondToFeasibilityRequestPayload = {
  __typename?: 'RespondToFeasibilityRequestPayload';
  /** Why nothing was recorded; empty on success. */
  errors: Array<UserError>;
  /** The answered request; null when refused. */
  feasibilityRequest?: Maybe<FeasibilityRequest>;
};

/** One feasibility check to send to several BSOs at once: one request per BSO. */
export type SendForFeasibilityInput = {
  /** The installation address: 5–500 characters. */
  address: Scalars['String']['input'];
  /** The bandwidth asked for, in Mbps: 1–100000. */
  bandwidthMbps: Scalars['Int']['input'];
  /** The branch the requests are raised for: one the caller works in (an id of the masters subgraph's Branch). */
  branchId: Scalars['ID']['input'];
  /**
   * The BSOs to ask: 1–20 distinct active BSOs, each with an active setting for the city (ids of masters'
   * Bso). Omitted: every active BSO with an active setting for the city.
   */
  bsoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The city of the installation address (an id of the masters subgraph's City). */
  cityId: Scalars['ID']['input'];
  /**
   * Optional idempotency key chosen by the client (1–100 characters). Sending the same key again with the
   * same input returns the requests of the first send and changes nothing; with a different input it is
   * refused with IDEMPOTENCY_KEY_REUSED. Keys are scoped to the caller.
   */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The lead the requests are for (an id of the orders subgraph's Lead). */
  leadId: Scalars['ID']['input'];
};

/** The outcome of sendForFeasibility. */
export type SendForFeasibilityPayload = {
  __typename?: 'SendForFeasibilityPayload';
  /** The id the send's requests share (their batchId); null when refused. */
  batchId?: Maybe<Scalars['ID']['output']>;
  /** The idempotency key of the input, echoed back. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Why nothing was sent; empty on success. */
  errors: Array<UserError>;
  /** One new request per BSO, in the order they were numbered (for a repeated key, the first send's); null when refused. */
  feasibilityRequests?: Maybe<Array<FeasibilityRequest>>;
};

/** Our technical team's verdict on a BSO's answer. */
export type TechnicalVerdict =
  /** It can be delivered with this BSO. */
  | 'FEASIBLE'
  /** It cannot be delivered with this BSO. */
  | 'NOT_FEASIBLE';

/** An expected failure of a mutation: a stable `code` to switch on, the input path it concerns, and a message. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable, SCREAMING_SNAKE code (e.g. VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND). */
  code: Scalars['String']['output'];
  /** Path of the offending input field, e.g. ["input", "code"]; null when it concerns the whole input. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** Withdrawing a feasibility request before its verdict. */
export type WithdrawFeasibilityRequestInput = {
  /** The request (OPEN or ANSWERED). */
  id: Scalars['ID']['input'];
  /** Why, e.g. "another BSO was chosen": 1–500 characters. */
  reason: Scalars['String']['input'];
};

/** The outcome of withdrawFeasibilityRequest. */
export type WithdrawFeasibilityRequestPayload = {
  __typename?: 'WithdrawFeasibilityRequestPayload';
  /** Why nothing was withdrawn; empty on success. */
  errors: Array<UserError>;
  /** The withdrawn request; null when refused. */
  feasibilityRequest?: Maybe<FeasibilityRequest>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  FeasibilityRequest: FeasibilityRequest;
  Lead: Lead;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FeasibilityRequest:
    ( { __typename: 'FeasibilityRequest' }
    & GraphQLRecursivePick<FederationTypes['FeasibilityRequest'], {"id":true}> );
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Branch: ResolverTypeWrapper<Branch>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Bso: ResolverTypeWrapper<Bso>;
  BsoFeasibilityAnswer: ResolverTypeWrapper<BsoAnswerModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  City: ResolverTypeWrapper<City>;
  CreateFeasibilityRequestInput: CreateFeasibilityRequestInput;
  CreateFeasibilityRequestPayload: ResolverTypeWrapper<Omit<CreateFeasibilityRequestPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversTypes['FeasibilityRequest']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FeasibilityRequest: ResolverTypeWrapper<FeasibilityRequestModel>;
  FeasibilityRequestAction: FeasibilityRequestAction;
  FeasibilityRequestConnection: ResolverTypeWrapper<Omit<FeasibilityRequestConnection, 'edges'> & { edges: Array<ResolversTypes['FeasibilityRequestEdge']> }>;
  FeasibilityRequestEdge: ResolverTypeWrapper<Omit<FeasibilityRequestEdge, 'node'> & { node: ResolversTypes['FeasibilityRequest'] }>;
  FeasibilityRequestFilter: FeasibilityRequestFilter;
  FeasibilityRequestStatus: FeasibilityRequestStatus;
  FeasibilityRequestStatusChange: ResolverTypeWrapper<FeasibilityRequestStatusChangeModel>;
  Lead: ResolverTypeWrapper<LeadReferenceModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordTechnicalFeasibilityInput: RecordTechnicalFeasibilityInput;
  RecordTechnicalFeasibilityPayload: ResolverTypeWrapper<Omit<RecordTechnicalFeasibilityPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversTypes['FeasibilityRequest']> }>;
  RemindLateFeasibilityAnswersPayload: ResolverTypeWrapper<RemindLateFeasibilityAnswersPayload>;
  RespondToFeasibilityRequestInput: RespondToFeasibilityRequestInput;
  RespondToFeasibilityRequestPayload: ResolverTypeWrapper<Omit<RespondToFeasibilityRequestPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversTypes['FeasibilityRequest']> }>;
  SendForFeasibilityInput: SendForFeasibilityInput;
  SendForFeasibilityPayload: ResolverTypeWrapper<Omit<SendForFeasibilityPayload, 'feasibilityRequests'> & { feasibilityRequests?: Maybe<Array<ResolversTypes['FeasibilityRequest']>> }>;
  TechnicalVerdict: TechnicalVerdict;
  UserError: ResolverTypeWrapper<UserError>;
  WithdrawFeasibilityRequestInput: WithdrawFeasibilityRequestInput;
  WithdrawFeasibilityRequestPayload: ResolverTypeWrapper<Omit<WithdrawFeasibilityRequestPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversTypes['FeasibilityRequest']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Branch: Branch;
  ID: Scalars['ID']['output'];
  Bso: Bso;
  BsoFeasibilityAnswer: BsoAnswerModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  City: City;
  CreateFeasibilityRequestInput: CreateFeasibilityRequestInput;
  CreateFeasibilityRequestPayload: Omit<CreateFeasibilityRequestPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversParentTypes['FeasibilityRequest']> };
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  FeasibilityRequest: FeasibilityRequestModel;
  FeasibilityRequestConnection: Omit<FeasibilityRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['FeasibilityRequestEdge']> };
  FeasibilityRequestEdge: Omit<FeasibilityRequestEdge, 'node'> & { node: ResolversParentTypes['FeasibilityRequest'] };
  FeasibilityRequestFilter: FeasibilityRequestFilter;
  FeasibilityRequestStatusChange: FeasibilityRequestStatusChangeModel;
  Lead: LeadReferenceModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordTechnicalFeasibilityInput: RecordTechnicalFeasibilityInput;
  RecordTechnicalFeasibilityPayload: Omit<RecordTechnicalFeasibilityPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversParentTypes['FeasibilityRequest']> };
  RemindLateFeasibilityAnswersPayload: RemindLateFeasibilityAnswersPayload;
  RespondToFeasibilityRequestInput: RespondToFeasibilityRequestInput;
  RespondToFeasibilityRequestPayload: Omit<RespondToFeasibilityRequestPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversParentTypes['FeasibilityRequest']> };
  SendForFeasibilityInput: SendForFeasibilityInput;
  SendForFeasibilityPayload: Omit<SendForFeasibilityPayload, 'feasibilityRequests'> & { feasibilityRequests?: Maybe<Array<ResolversParentTypes['FeasibilityRequest']>> };
  UserError: UserError;
  WithdrawFeasibilityRequestInput: WithdrawFeasibilityRequestInput;
  WithdrawFeasibilityRequestPayload: Omit<WithdrawFeasibilityRequestPayload, 'feasibilityRequest'> & { feasibilityRequest?: Maybe<ResolversParentTypes['FeasibilityRequest']> };
}>;

export type BranchResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type BsoResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['Bso'] = ResolversParentTypes['Bso']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type BsoFeasibilityAnswerResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['BsoFeasibilityAnswer'] = ResolversParentTypes['BsoFeasibilityAnswer']> = ResolversObject<{
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedDeliveryDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mrcCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  otcCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CityResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreateFeasibilityRequestPayloadResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['CreateFeasibilityRequestPayload'] = ResolversParentTypes['CreateFeasibilityRequestPayload']> = ResolversObject<{
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feasibilityRequest?: Resolver<Maybe<ResolversTypes['FeasibilityRequest']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type FeasibilityRequestResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['FeasibilityRequest'] = ResolversParentTypes['FeasibilityRequest'], FederationReferenceType extends FederationReferenceTypes['FeasibilityRequest'] = FederationReferenceTypes['FeasibilityRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FeasibilityRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['BsoFeasibilityAnswer']>, ParentType, ContextType>;
  answerDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answerOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bandwidthMbps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  bso?: Resolver<Maybe<ResolversTypes['Bso']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['FeasibilityRequestStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  nextActions?: Resolver<Array<ResolversTypes['FeasibilityRequestAction']>, ParentType, ContextType>;
  remindedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeasibilityRequestStatus'], ParentType, ContextType>;
  verdict?: Resolver<Maybe<ResolversTypes['TechnicalVerdict']>, ParentType, ContextType>;
  verdictRemarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FeasibilityRequestConnectionResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['FeasibilityRequestConnection'] = ResolversParentTypes['FeasibilityRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeasibilityRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeasibilityRequestEdgeResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['FeasibilityRequestEdge'] = ResolversParentTypes['FeasibilityRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeasibilityRequest'], ParentType, ContextType>;
}>;

export type FeasibilityRequestStatusChangeResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['FeasibilityRequestStatusChange'] = ResolversParentTypes['FeasibilityRequestStatusChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['FeasibilityRequestStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['FeasibilityRequestStatus'], ParentType, ContextType>;
}>;

export type LeadResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feasibilityRequests?: Resolver<Array<ResolversTypes['FeasibilityRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createFeasibilityRequest?: Resolver<ResolversTypes['CreateFeasibilityRequestPayload'], ParentType, ContextType, RequireFields<MutationCreateFeasibilityRequestArgs, 'input'>>;
  recordTechnicalFeasibility?: Resolver<ResolversTypes['RecordTechnicalFeasibilityPayload'], ParentType, ContextType, RequireFields<MutationRecordTechnicalFeasibilityArgs, 'input'>>;
  remindLateFeasibilityAnswers?: Resolver<ResolversTypes['RemindLateFeasibilityAnswersPayload'], ParentType, ContextType>;
  respondToFeasibilityRequest?: Resolver<ResolversTypes['RespondToFeasibilityRequestPayload'], ParentType, ContextType, RequireFields<MutationRespondToFeasibilityRequestArgs, 'input'>>;
  sendForFeasibility?: Resolver<ResolversTypes['SendForFeasibilityPayload'], ParentType, ContextType, RequireFields<MutationSendForFeasibilityArgs, 'input'>>;
  withdrawFeasibilityRequest?: Resolver<ResolversTypes['WithdrawFeasibilityRequestPayload'], ParentType, ContextType, RequireFields<MutationWithdrawFeasibilityRequestArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  feasibilityRequest?: Resolver<Maybe<ResolversTypes['FeasibilityRequest']>, ParentType, ContextType, RequireFields<QueryFeasibilityRequestArgs, 'id'>>;
  feasibilityRequests?: Resolver<ResolversTypes['FeasibilityRequestConnection'], ParentType, ContextType, Partial<QueryFeasibilityRequestsArgs>>;
}>;

export type RecordTechnicalFeasibilityPayloadResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['RecordTechnicalFeasibilityPayload'] = ResolversParentTypes['RecordTechnicalFeasibilityPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feasibilityRequest?: Resolver<Maybe<ResolversTypes['FeasibilityRequest']>, ParentType, ContextType>;
}>;

export type RemindLateFeasibilityAnswersPayloadResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['RemindLateFeasibilityAnswersPayload'] = ResolversParentTypes['RemindLateFeasibilityAnswersPayload']> = ResolversObject<{
  reminded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RespondToFeasibilityRequestPayloadResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['RespondToFeasibilityRequestPayload'] = ResolversParentTypes['RespondToFeasibilityRequestPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feasibilityRequest?: Resolver<Maybe<ResolversTypes['FeasibilityRequest']>, ParentType, ContextType>;
}>;

export type SendForFeasibilityPayloadResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['SendForFeasibilityPayload'] = ResolversParentTypes['SendForFeasibilityPayload']> = ResolversObject<{
  batchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feasibilityRequests?: Resolver<Maybe<Array<ResolversTypes['FeasibilityRequest']>>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WithdrawFeasibilityRequestPayloadResolvers<ContextType = FeasibilityContext, ParentType extends ResolversParentTypes['WithdrawFeasibilityRequestPayload'] = ResolversParentTypes['WithdrawFeasibilityRequestPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  feasibilityRequest?: Resolver<Maybe<ResolversTypes['FeasibilityRequest']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FeasibilityContext> = ResolversObject<{
  Branch?: BranchResolvers<ContextType>;
  Bso?: BsoResolvers<ContextType>;
  BsoFeasibilityAnswer?: BsoFeasibilityAnswerResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CreateFeasibilityRequestPayload?: CreateFeasibilityRequestPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  FeasibilityRequest?: FeasibilityRequestResolvers<ContextType>;
  FeasibilityRequestConnection?: FeasibilityRequestConnectionResolvers<ContextType>;
  FeasibilityRequestEdge?: FeasibilityRequestEdgeResolvers<ContextType>;
  FeasibilityRequestStatusChange?: FeasibilityRequestStatusChangeResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordTechnicalFeasibilityPayload?: RecordTechnicalFeasibilityPayloadResolvers<ContextType>;
  RemindLateFeasibilityAnswersPayload?: RemindLateFeasibilityAnswersPayloadResolvers<ContextType>;
  RespondToFeasibilityRequestPayload?: RespondToFeasibilityRequestPayloadResolvers<ContextType>;
  SendForFeasibilityPayload?: SendForFeasibilityPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WithdrawFeasibilityRequestPayload?: WithdrawFeasibilityRequestPayloadResolvers<ContextType>;
}>;

