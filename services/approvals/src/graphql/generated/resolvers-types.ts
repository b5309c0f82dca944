import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ApprovalMatrix as ApprovalMatrixModel } from '../../domain/approval-matrix';
import { ApprovalRule as ApprovalRuleModel, ApprovalLevel as ApprovalLevelModel, Delegation as DelegationModel } from '../../domain/doa';
import { ApprovalRequest as ApprovalRequestModel, ApprovalDecision as ApprovalDecisionModel } from '../../domain/approval-request';
import { OrderReference as OrderReferenceModel, ApprovalsContext } from '../context';
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

/** A rule to add to a DRAFT matrix version. */
export type AddApprovalRuleInput = {
  /** Maximum ARC. */
  arcMax?: InputMaybe<Scalars['Decimal']['input']>;
  /** Minimum ARC. */
  arcMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** Only this branch (not with zoneId). */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Maximum discount percent. */
  discountMax?: InputMaybe<Scalars['Decimal']['input']>;
  /** Minimum discount percent. */
  discountMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1–10 levels, limits strictly increasing. */
  levels: Array<ApprovalLevelInput>;
  /** The DRAFT matrix version. */
  matrixId: Scalars['ID']['input'];
  /** The order type. */
  orderType: OrderType;
  /** 1–1000; lower goes first. */
  priority: Scalars['Int']['input'];
  /** Only this product category. */
  productCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this zone (not with branchId). */
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

/** The outcome of addApprovalRule. */
export type AddApprovalRulePayload = {
  __typename?: 'AddApprovalRulePayload';
  /** Why nothing was added (VALIDATION_FAILED, NOT_FOUND, INVALID_STATE for a published version); empty on success. */
  errors: Array<UserError>;
  /** The new rule; null when refused. */
  rule?: Maybe<ApprovalRule>;
};

/** One decision on an approval request. */
export type ApprovalDecision = {
  __typename?: 'ApprovalDecision';
  /** The approver's comment (required for a rejection). */
  comment?: Maybe<Scalars['String']['output']>;
  /** When. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided (a user id). */
  decidedBy: Scalars['String']['output'];
  /** Who decided, by display name as approvals last heard it from masters; null when unknown. */
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** APPROVED or REJECTED. */
  decision: Scalars['String']['output'];
  /** The level it was taken at. */
  level: Scalars['Int']['output'];
  /** On whose behalf: the approver themself, or the one who delegated to the decider. */
  onBehalfOf: Scalars['String']['output'];
  /** A reason code from the REJECTION_REASON list, when given. */
  reasonCode?: Maybe<Scalars['String']['output']>;
  /** The role it was taken in. */
  role: Scalars['String']['output'];
};

/** A delegation: a substitute acts for an approver over a period. */
export type ApprovalDelegation = {
  __typename?: 'ApprovalDelegation';
  /** The substitute's user id. */
  delegateId: Scalars['String']['output'];
  /** From when. */
  from: Scalars['DateTime']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The roles the substitute may act in (the approver's). */
  roles: Array<Scalars['String']['output']>;
  /** Until when (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** One level of a rule: who approves, up to what amount, within how long. */
export type ApprovalLevel = {
  __typename?: 'ApprovalLevel';
  /** 1 for the first level, then 2, 3, … */
  level: Scalars['Int']['output'];
  /** The highest ARC this level may approve on its own. */
  limit: Scalars['Decimal']['output'];
  /** The role (a masters group code, e.g. RM) whose members approve at this level. */
  role: Scalars['String']['output'];
  /** Hours the level has to decide before the request escalates. */
  tatHours: Scalars['Int']['output'];
};

/** One level of a new rule. */
export type ApprovalLevelInput = {
  /** The highest ARC the level approves on its own: ≥ 0, at most 2 decimals; strictly above the previous level's. */
  limit: Scalars['Decimal']['input'];
  /** A masters group code (e.g. RM, ZM). */
  role: Scalars['String']['input'];
  /** Hours to decide: 1–720. */
  tatHours: Scalars['Int']['input'];
};

/**
 * One version of a DOA (Delegation of Authority) approval matrix: the administrator-maintained rules that
 * decide who must approve an order, DAR or cancellation, by product, category and amount. A matrix is
 * identified by its name; each change is a new version, so a request keeps the rules it started under.
 */
export type ApprovalMatrix = {
  __typename?: 'ApprovalMatrix';
  /** When this version was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (the id of the acting user). */
  createdBy: Scalars['String']['output'];
  /** What the matrix is for, when given (at most 500 characters). */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier of this version. */
  id: Scalars['ID']['output'];
  /** The matrix's name (3–100 characters), shared by all its versions; compared case-insensitively. */
  name: Scalars['String']['output'];
  /** Its rules, by priority (lowest first). */
  rules: Array<ApprovalRule>;
  /** Where this version stands. */
  status: ApprovalMatrixStatus;
  /** The version number within the name: 1 for the first, then one more for each new version. */
  version: Scalars['Int']['output'];
};

/** A page of approval matrix versions, newest first. */
export type ApprovalMatrixConnection = {
  __typename?: 'ApprovalMatrixConnection';
  /** The matrix versions of this page. */
  edges: Array<ApprovalMatrixEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many matrix versions match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One approval matrix version in a page of them. */
export type ApprovalMatrixEdge = {
  __typename?: 'ApprovalMatrixEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The approval matrix version. */
  node: ApprovalMatrix;
};

/** Narrows a list of approval matrix versions; the given conditions all apply. */
export type ApprovalMatrixFilter = {
  /** Only the versions of the matrix with this name (case and repeated spaces are ignored). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only versions in this status. */
  status?: InputMaybe<ApprovalMatrixStatus>;
};

/**
 * Where a version of an approval matrix stands. Only DRAFT exists today; publishing adds ACTIVE (the one
 * version of a matrix that approval requests are routed by) and RETIRED (superseded by a newer version or
 * withdrawn; kept so that requests started under it can still be explained).
 */
export type ApprovalMatrixStatus =
  /** Published: its rules route approval requests; immutable (a change is a new version). */
  | 'ACTIVE'
  /** Being prepared by an administrator; not used to route approvals. */
  | 'DRAFT'
  /** Superseded by a newer published version of the same name; kept to explain the requests it routed. */
  | 'RETIRED';

/**
 * The approval of one order round: routed by a rule of the active DOA matrix, it walks the rule's levels until
 * a level whose limit covers the order's ARC approves it, or a level rejects it.
 */
export type ApprovalRequest = {
  __typename?: 'ApprovalRequest';
  /** The amount the limits are weighed against: the order's ARC. */
  amount: Scalars['Decimal']['output'];
  /** When the request was opened (the order's submission). */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** The open level (the deciding one once decided); null while UNROUTED. */
  currentLevel?: Maybe<ApprovalLevel>;
  /** The customer's name on the order. */
  customerName: Scalars['String']['output'];
  /** When it was approved or rejected. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every decision, oldest first. */
  decisions: Array<ApprovalDecision>;
  /** The order's discount, in percent. */
  discountPercent: Scalars['Decimal']['output'];
  /** When the open level escalated (its TAT ran out); the next level's role may act too. */
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** When the open level's TAT runs out. */
  levelDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The levels of the rule that routed it, as they were then. */
  levels: Array<ApprovalLevel>;
  /** The version of the matrix that routed it (null while UNROUTED). */
  matrix?: Maybe<ApprovalMatrix>;
  /** What the caller may do now. */
  nextActions: Array<ApprovalRequestAction>;
  /** The order being approved. */
  order: Order;
  /** The order number. */
  orderNo: Scalars['String']['output'];
  /** True when PENDING and past the open level's TAT. */
  overdue: Scalars['Boolean']['output'];
  /** The approval round (1 first; each resubmission is a new round and a new request). */
  round: Scalars['Int']['output'];
  /** Where it stands. */
  status: ApprovalRequestStatus;
};

/** What the caller may do with an approval request. */
export type ApprovalRequestAction =
  /** approveApprovalRequest */
  | 'APPROVE'
  /** rejectApprovalRequest */
  | 'REJECT';

/** A page of approval requests, newest first, in the caller's branches. */
export type ApprovalRequestConnection = {
  __typename?: 'ApprovalRequestConnection';
  /** The requests of this page. */
  edges: Array<ApprovalRequestEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many requests match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One approval request in a page of them. */
export type ApprovalRequestEdge = {
  __typename?: 'ApprovalRequestEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: ApprovalRequest;
};

/** Narrows a list of approval requests. */
export type ApprovalRequestFilter = {
  /** Only the requests of this order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** True: only PENDING requests past their open level's TAT. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only requests in this status. */
  status?: InputMaybe<ApprovalRequestStatus>;
};

/** Where an approval request stands. */
export type ApprovalRequestStatus =
  /** Approved: the order goes on to provisioning. */
  | 'APPROVED'
  /** A level is open, waiting for its approvers. */
  | 'PENDING'
  /** Rejected: the order is in the rejected bin. */
  | 'REJECTED'
  /** No rule of the active matrices matches; it waits for a published matrix that routes it. */
  | 'UNROUTED';

/**
 * A rule of a DOA matrix: which orders it applies to (all given conditions must hold; an omitted one matches
 * anything) and the ordered levels that approve them.
 */
export type ApprovalRule = {
  __typename?: 'ApprovalRule';
  /** Only orders with an ARC of at most this. */
  arcMax?: Maybe<Scalars['Decimal']['output']>;
  /** Only orders with an ARC of at least this. */
  arcMin?: Maybe<Scalars['Decimal']['output']>;
  /** Only orders of this branch. */
  branchId?: Maybe<Scalars['ID']['output']>;
  /** Only orders with a discount (percent) of at most this. */
  discountMax?: Maybe<Scalars['Decimal']['output']>;
  /** Only orders with a discount (percent) of at least this. */
  discountMin?: Maybe<Scalars['Decimal']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The levels, in order: an approval walks them until one whose limit covers the amount. */
  levels: Array<ApprovalLevel>;
  /** The order type it applies to. */
  orderType: OrderType;
  /** Lower goes first: the first matching rule of the active matrices routes an order. */
  priority: Scalars['Int']['output'];
  /** Only orders of this product category (masters id). */
  productCategoryId?: Maybe<Scalars['ID']['output']>;
  /** Only orders of this product (masters id). */
  productId?: Maybe<Scalars['ID']['output']>;
  /** Only orders of branches in this zone. */
  zoneId?: Maybe<Scalars['ID']['output']>;
};

/** An approval at the open level. */
export type ApproveApprovalRequestInput = {
  /** Optional comment, at most 1000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A PENDING request whose open level is the caller's role (or a role delegated to the caller). */
  id: Scalars['ID']['input'];
};

/** The outcome of approveApprovalRequest. */
export type ApproveApprovalRequestPayload = {
  __typename?: 'ApproveApprovalRequestPayload';
  /** The request after the approval (APPROVED, or PENDING at its next level); null when refused. */
  approvalRequest?: Maybe<ApprovalRequest>;
  /** Why nothing changed (NOT_FOUND, INVALID_STATE, FORBIDDEN); empty on success. */
  errors: Array<UserError>;
};

/** What a new approval matrix (or a new version of an existing one) needs. */
export type CreateApprovalMatrixInput = {
  /**
   * Optional idempotency key chosen by the client (1–100 characters). Sending the
   * same key again with the same input returns the version created the first time and changes nothing;
   * with a different input it is refused with IDEMPOTENCY_KEY_REUSED. Keys are scoped to the caller.
   */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What the matrix is for: at most 500 characters; blank means none. */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * The matrix's name, 3–100 characters (surrounding and repeated spaces are dropped). A name that already
   * exists (in any case) gets its next version.
   */
  name: Scalars['String']['input'];
};

/** The outcome of createApprovalMatrix. */
export type CreateApprovalMatrixPayload = {
  __typename?: 'CreateApprovalMatrixPayload';
  /** The new matrix version (or, for a repeated key, the one created the first time); null when refused. */
  approvalMatrix?: Maybe<ApprovalMatrix>;
  /** The idempotency key of the input, echoed back. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** Why nothing was created; empty on success. */
  errors: Array<UserError>;
};

/** A delegation to a substitute. */
export type DelegateApprovalsInput = {
  /** The substitute: an active staff user. */
  delegateUserId: Scalars['ID']['input'];
  /** From when. */
  from: Scalars['DateTime']['input'];
  /** Until when (after `from`, at most 90 days later). */
  to: Scalars['DateTime']['input'];
};

/** The outcome of delegateApprovals. */
export type DelegateApprovalsPayload = {
  __typename?: 'DelegateApprovalsPayload';
  /** The delegation; null when refused. */
  delegation?: Maybe<ApprovalDelegation>;
  /** Why nothing was recorded; empty on success. */
  errors: Array<UserError>;
};

/** The outcome of escalateOverdueApprovals. */
export type EscalateOverdueApprovalsPayload = {
  __typename?: 'EscalateOverdueApprovalsPayload';
  /** How many levels escalated. */
  escalated: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a rule with its levels to a DRAFT matrix version. */
  addApprovalRule: AddApprovalRulePayload;
  /** Approves at the open level: the request is approved, or its next level opens (publishes the event). */
  approveApprovalRequest: ApproveApprovalRequestPayload;
  /**
   * Creates an approval matrix as a DRAFT: version 1 of a new name, or the next version of an existing name.
   * Publishes approval_matrix.created.
   */
  createApprovalMatrix: CreateApprovalMatrixPayload;
  /** Lets a substitute act for the caller, in the caller's roles, over a period. */
  delegateApprovals: DelegateApprovalsPayload;
  /** Escalates every open level past its TAT now (the service also does this every minute on its own). */
  escalateOverdueApprovals: EscalateOverdueApprovalsPayload;
  /** Makes a DRAFT version ACTIVE (the previous ACTIVE one of its name is RETIRED) and routes UNROUTED requests. */
  publishApprovalMatrix: PublishApprovalMatrixPayload;
  /** Rejects at the open level: the order goes to the rejected bin (publishes approval_request.rejected). */
  rejectApprovalRequest: RejectApprovalRequestPayload;
  /** Removes a rule from a DRAFT matrix version. */
  removeApprovalRule: RemoveApprovalRulePayload;
};


export type MutationAddApprovalRuleArgs = {
  input: AddApprovalRuleInput;
};


export type MutationApproveApprovalRequestArgs = {
  input: ApproveApprovalRequestInput;
};


export type MutationCreateApprovalMatrixArgs = {
  input: CreateApprovalMatrixInput;
};


export type MutationDelegateApprovalsArgs = {
  input: DelegateApprovalsInput;
};


export type MutationPublishApprovalMatrixArgs = {
  input: PublishApprovalMatrixInput;
};


export type MutationRejectApprovalRequestArgs = {
  input: RejectApprovalRequestInput;
};


export type MutationRemoveApprovalRuleArgs = {
  input: RemoveApprovalRuleInput;
};

/**
 * A customer order running through its flow. Its details are editable while BOOKED or REJECTED and locked
 * otherwise; every move is in `history` and `timeline`; `nextActions` says what the caller may do next.
 */
export type Order = {
  __typename?: 'Order';
  /** The order's approval requests, one per approval round, oldest first (empty outside the caller's branches). */
  approvalRequests: Array<ApprovalRequest>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** A kind of order. */
export type OrderType =
  /** Less bandwidth on a live service. */
  | 'DOWNGRADE'
  /** Moving a live service to another product or technology. */
  | 'MIGRATION'
  /** A new connection. */
  | 'NEW'
  /** Any other request on a live service (see the OTHER_REQUIREMENT_TYPE list). */
  | 'OTHER_REQUEST'
  /** A new price for a live service. */
  | 'PRICE_REVISION'
  /** Moving a live service to another address. */
  | 'SHIFTING'
  /** Ending a live service. */
  | 'TERMINATION'
  /** More bandwidth on a live service. */
  | 'UPGRADE';

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A matrix version to publish. */
export type PublishApprovalMatrixInput = {
  /** A DRAFT version with at least one rule. */
  id: Scalars['ID']['input'];
};

/** The outcome of publishApprovalMatrix. */
export type PublishApprovalMatrixPayload = {
  __typename?: 'PublishApprovalMatrixPayload';
  /** The version, now ACTIVE; null when refused. */
  approvalMatrix?: Maybe<ApprovalMatrix>;
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** Approval matrix versions, newest first, with cursor pagination (`first` is capped at 100). */
  approvalMatrices: ApprovalMatrixConnection;
  /** One approval matrix version by id, or null when there is none. */
  approvalMatrix?: Maybe<ApprovalMatrix>;
  /** One approval request, or null when there is none or it is outside the caller's branches. */
  approvalRequest?: Maybe<ApprovalRequest>;
  /** Approval requests in the caller's branches, newest first, with cursor pagination (`first` ≤ 100). */
  approvalRequests: ApprovalRequestConnection;
};


export type QueryApprovalMatricesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApprovalMatrixFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApprovalMatrixArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApprovalRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApprovalRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApprovalRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A rejection at the open level. */
export type RejectApprovalRequestInput = {
  /** Why: 3–1000 characters. */
  comment: Scalars['String']['input'];
  /** A PENDING request whose open level is the caller's role (or delegated to the caller). */
  id: Scalars['ID']['input'];
  /** A REJECTION_REASON code, optional. */
  reasonCode?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of rejectApprovalRequest. */
export type RejectApprovalRequestPayload = {
  __typename?: 'RejectApprovalRequestPayload';
  /** The request, now REJECTED; null when refused. */
  approvalRequest?: Maybe<ApprovalRequest>;
  /** Why nothing changed (NOT_FOUND, INVALID_STATE, FORBIDDEN, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
};

/** A rule to remove. */
export type RemoveApprovalRuleInput = {
  /** The rule, of a DRAFT version. */
  id: Scalars['ID']['input'];
};

/** The outcome of removeApprovalRule. */
export type RemoveApprovalRulePayload = {
  __typename?: 'RemoveApprovalRulePayload';
  /** The matrix version the rule was removed from; null when refused. */
  approvalMatrix?: Maybe<ApprovalMatrix>;
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
};

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
  ApprovalMatrix: ApprovalMatrix;
  ApprovalRequest: ApprovalRequest;
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApprovalMatrix:
    ( { __typename: 'ApprovalMatrix' }
    & GraphQLRecursivePick<FederationTypes['ApprovalMatrix'], {"id":true}> );
  ApprovalRequest:
    ( { __typename: 'ApprovalRequest' }
    & GraphQLRecursivePick<FederationTypes['ApprovalRequest'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddApprovalRuleInput: AddApprovalRuleInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddApprovalRulePayload: ResolverTypeWrapper<Omit<AddApprovalRulePayload, 'rule'> & { rule?: Maybe<ResolversTypes['ApprovalRule']> }>;
  ApprovalDecision: ResolverTypeWrapper<ApprovalDecisionModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApprovalDelegation: ResolverTypeWrapper<DelegationModel>;
  ApprovalLevel: ResolverTypeWrapper<ApprovalLevelModel>;
  ApprovalLevelInput: ApprovalLevelInput;
  ApprovalMatrix: ResolverTypeWrapper<ApprovalMatrixModel>;
  ApprovalMatrixConnection: ResolverTypeWrapper<Omit<ApprovalMatrixConnection, 'edges'> & { edges: Array<ResolversTypes['ApprovalMatrixEdge']> }>;
  ApprovalMatrixEdge: ResolverTypeWrapper<Omit<ApprovalMatrixEdge, 'node'> & { node: ResolversTypes['ApprovalMatrix'] }>;
  ApprovalMatrixFilter: ApprovalMatrixFilter;
  ApprovalMatrixStatus: ApprovalMatrixStatus;
  ApprovalRequest: ResolverTypeWrapper<ApprovalRequestModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApprovalRequestAction: ApprovalRequestAction;
  ApprovalRequestConnection: ResolverTypeWrapper<Omit<ApprovalRequestConnection, 'edges'> & { edges: Array<ResolversTypes['ApprovalRequestEdge']> }>;
  ApprovalRequestEdge: ResolverTypeWrapper<Omit<ApprovalRequestEdge, 'node'> & { node: ResolversTypes['ApprovalRequest'] }>;
  ApprovalRequestFilter: ApprovalRequestFilter;
  ApprovalRequestStatus: ApprovalRequestStatus;
  ApprovalRule: ResolverTypeWrapper<ApprovalRuleModel>;
  ApproveApprovalRequestInput: ApproveApprovalRequestInput;
  ApproveApprovalRequestPayload: ResolverTypeWrapper<Omit<ApproveApprovalRequestPayload, 'approvalRequest'> & { approvalRequest?: Maybe<ResolversTypes['ApprovalRequest']> }>;
  CreateApprovalMatrixInput: CreateApprovalMatrixInput;
  CreateApprovalMatrixPayload: ResolverTypeWrapper<Omit<CreateApprovalMatrixPayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversTypes['ApprovalMatrix']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DelegateApprovalsInput: DelegateApprovalsInput;
  DelegateApprovalsPayload: ResolverTypeWrapper<Omit<DelegateApprovalsPayload, 'delegation'> & { delegation?: Maybe<ResolversTypes['ApprovalDelegation']> }>;
  EscalateOverdueApprovalsPayload: ResolverTypeWrapper<EscalateOverdueApprovalsPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderReferenceModel>;
  OrderType: OrderType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishApprovalMatrixInput: PublishApprovalMatrixInput;
  PublishApprovalMatrixPayload: ResolverTypeWrapper<Omit<PublishApprovalMatrixPayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversTypes['ApprovalMatrix']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectApprovalRequestInput: RejectApprovalRequestInput;
  RejectApprovalRequestPayload: ResolverTypeWrapper<Omit<RejectApprovalRequestPayload, 'approvalRequest'> & { approvalRequest?: Maybe<ResolversTypes['ApprovalRequest']> }>;
  RemoveApprovalRuleInput: RemoveApprovalRuleInput;
  RemoveApprovalRulePayload: ResolverTypeWrapper<Omit<RemoveApprovalRulePayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversTypes['ApprovalMatrix']> }>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddApprovalRuleInput: AddApprovalRuleInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AddApprovalRulePayload: Omit<AddApprovalRulePayload, 'rule'> & { rule?: Maybe<ResolversParentTypes['ApprovalRule']> };
  ApprovalDecision: ApprovalDecisionModel;
  String: Scalars['String']['output'];
  ApprovalDelegation: DelegationModel;
  ApprovalLevel: ApprovalLevelModel;
  ApprovalLevelInput: ApprovalLevelInput;
  ApprovalMatrix: ApprovalMatrixModel;
  ApprovalMatrixConnection: Omit<ApprovalMatrixConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApprovalMatrixEdge']> };
  ApprovalMatrixEdge: Omit<ApprovalMatrixEdge, 'node'> & { node: ResolversParentTypes['ApprovalMatrix'] };
  ApprovalMatrixFilter: ApprovalMatrixFilter;
  ApprovalRequest: ApprovalRequestModel;
  Boolean: Scalars['Boolean']['output'];
  ApprovalRequestConnection: Omit<ApprovalRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApprovalRequestEdge']> };
  ApprovalRequestEdge: Omit<ApprovalRequestEdge, 'node'> & { node: ResolversParentTypes['ApprovalRequest'] };
  ApprovalRequestFilter: ApprovalRequestFilter;
  ApprovalRule: ApprovalRuleModel;
  ApproveApprovalRequestInput: ApproveApprovalRequestInput;
  ApproveApprovalRequestPayload: Omit<ApproveApprovalRequestPayload, 'approvalRequest'> & { approvalRequest?: Maybe<ResolversParentTypes['ApprovalRequest']> };
  CreateApprovalMatrixInput: CreateApprovalMatrixInput;
  CreateApprovalMatrixPayload: Omit<CreateApprovalMatrixPayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversParentTypes['ApprovalMatrix']> };
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DelegateApprovalsInput: DelegateApprovalsInput;
  DelegateApprovalsPayload: Omit<DelegateApprovalsPayload, 'delegation'> & { delegation?: Maybe<ResolversParentTypes['ApprovalDelegation']> };
  EscalateOverdueApprovalsPayload: EscalateOverdueApprovalsPayload;
  Mutation: Record<PropertyKey, never>;
  Order: OrderReferenceModel;
  PageInfo: PageInfo;
  PublishApprovalMatrixInput: PublishApprovalMatrixInput;
  PublishApprovalMatrixPayload: Omit<PublishApprovalMatrixPayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversParentTypes['ApprovalMatrix']> };
  Query: Record<PropertyKey, never>;
  RejectApprovalRequestInput: RejectApprovalRequestInput;
  RejectApprovalRequestPayload: Omit<RejectApprovalRequestPayload, 'approvalRequest'> & { approvalRequest?: Maybe<ResolversParentTypes['ApprovalRequest']> };
  RemoveApprovalRuleInput: RemoveApprovalRuleInput;
  RemoveApprovalRulePayload: Omit<RemoveApprovalRulePayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversParentTypes['ApprovalMatrix']> };
  UserError: UserError;
}>;

export type AddApprovalRulePayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['AddApprovalRulePayload'] = ResolversParentTypes['AddApprovalRulePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['ApprovalRule']>, ParentType, ContextType>;
}>;

export type ApprovalDecisionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalDecision'] = ResolversParentTypes['ApprovalDecision']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onBehalfOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApprovalDelegationResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalDelegation'] = ResolversParentTypes['ApprovalDelegation']> = ResolversObject<{
  delegateId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ApprovalLevelResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalLevel'] = ResolversParentTypes['ApprovalLevel']> = ResolversObject<{
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tatHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalMatrixResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalMatrix'] = ResolversParentTypes['ApprovalMatrix'], FederationReferenceType extends FederationReferenceTypes['ApprovalMatrix'] = FederationReferenceTypes['ApprovalMatrix']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApprovalMatrix']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['ApprovalRule']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalMatrixStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalMatrixConnectionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalMatrixConnection'] = ResolversParentTypes['ApprovalMatrixConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApprovalMatrixEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalMatrixEdgeResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalMatrixEdge'] = ResolversParentTypes['ApprovalMatrixEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApprovalMatrix'], ParentType, ContextType>;
}>;

export type ApprovalRequestResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalRequest'] = ResolversParentTypes['ApprovalRequest'], FederationReferenceType extends FederationReferenceTypes['ApprovalRequest'] = FederationReferenceTypes['ApprovalRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApprovalRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentLevel?: Resolver<Maybe<ResolversTypes['ApprovalLevel']>, ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['ApprovalDecision']>, ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  escalatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levelDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['ApprovalLevel']>, ParentType, ContextType>;
  matrix?: Resolver<Maybe<ResolversTypes['ApprovalMatrix']>, ParentType, ContextType>;
  nextActions?: Resolver<Array<ResolversTypes['ApprovalRequestAction']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalRequestStatus'], ParentType, ContextType>;
}>;

export type ApprovalRequestConnectionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalRequestConnection'] = ResolversParentTypes['ApprovalRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApprovalRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalRequestEdgeResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalRequestEdge'] = ResolversParentTypes['ApprovalRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType>;
}>;

export type ApprovalRuleResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalRule'] = ResolversParentTypes['ApprovalRule']> = ResolversObject<{
  arcMax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  arcMin?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  branchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  discountMax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  discountMin?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['ApprovalLevel']>, ParentType, ContextType>;
  orderType?: Resolver<ResolversTypes['OrderType'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productCategoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  zoneId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ApproveApprovalRequestPayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApproveApprovalRequestPayload'] = ResolversParentTypes['ApproveApprovalRequestPayload']> = ResolversObject<{
  approvalRequest?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateApprovalMatrixPayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['CreateApprovalMatrixPayload'] = ResolversParentTypes['CreateApprovalMatrixPayload']> = ResolversObject<{
  approvalMatrix?: Resolver<Maybe<ResolversTypes['ApprovalMatrix']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DelegateApprovalsPayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['DelegateApprovalsPayload'] = ResolversParentTypes['DelegateApprovalsPayload']> = ResolversObject<{
  delegation?: Resolver<Maybe<ResolversTypes['ApprovalDelegation']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EscalateOverdueApprovalsPayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['EscalateOverdueApprovalsPayload'] = ResolversParentTypes['EscalateOverdueApprovalsPayload']> = ResolversObject<{
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addApprovalRule?: Resolver<ResolversTypes['AddApprovalRulePayload'], ParentType, ContextType, RequireFields<MutationAddApprovalRuleArgs, 'input'>>;
  approveApprovalRequest?: Resolver<ResolversTypes['ApproveApprovalRequestPayload'], ParentType, ContextType, RequireFields<MutationApproveApprovalRequestArgs, 'input'>>;
  createApprovalMatrix?: Resolver<ResolversTypes['CreateApprovalMatrixPayload'], ParentType, ContextType, RequireFields<MutationCreateApprovalMatrixArgs, 'input'>>;
  delegateApprovals?: Resolver<ResolversTypes['DelegateApprovalsPayload'], ParentType, ContextType, RequireFields<MutationDelegateApprovalsArgs, 'input'>>;
  escalateOverdueApprovals?: Resolver<ResolversTypes['EscalateOverdueApprovalsPayload'], ParentType, ContextType>;
  publishApprovalMatrix?: Resolver<ResolversTypes['PublishApprovalMatrixPayload'], ParentType, ContextType, RequireFields<MutationPublishApprovalMatrixArgs, 'input'>>;
  rejectApprovalRequest?: Resolver<ResolversTypes['RejectApprovalRequestPayload'], ParentType, ContextType, RequireFields<MutationRejectApprovalRequestArgs, 'input'>>;
  removeApprovalRule?: Resolver<ResolversTypes['RemoveApprovalRulePayload'], ParentType, ContextType, RequireFields<MutationRemoveApprovalRuleArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvalRequests?: Resolver<Array<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PublishApprovalMatrixPayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PublishApprovalMatrixPayload'] = ResolversParentTypes['PublishApprovalMatrixPayload']> = ResolversObject<{
  approvalMatrix?: Resolver<Maybe<ResolversTypes['ApprovalMatrix']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  approvalMatrices?: Resolver<ResolversTypes['ApprovalMatrixConnection'], ParentType, ContextType, Partial<QueryApprovalMatricesArgs>>;
  approvalMatrix?: Resolver<Maybe<ResolversTypes['ApprovalMatrix']>, ParentType, ContextType, RequireFields<QueryApprovalMatrixArgs, 'id'>>;
  approvalRequest?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType, RequireFields<QueryApprovalRequestArgs, 'id'>>;
  approvalRequests?: Resolver<ResolversTypes['ApprovalRequestConnection'], ParentType, ContextType, Partial<QueryApprovalRequestsArgs>>;
}>;

export type RejectApprovalRequestPayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['RejectApprovalRequestPayload'] = ResolversParentTypes['RejectApprovalRequestPayload']> = ResolversObject<{
  approvalRequest?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RemoveApprovalRulePayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['RemoveApprovalRulePayload'] = ResolversParentTypes['RemoveApprovalRulePayload']> = ResolversObject<{
  approvalMatrix?: Resolver<Maybe<ResolversTypes['ApprovalMatrix']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ApprovalsContext> = ResolversObject<{
  AddApprovalRulePayload?: AddApprovalRulePayloadResolvers<ContextType>;
  ApprovalDecision?: ApprovalDecisionResolvers<ContextType>;
  ApprovalDelegation?: ApprovalDelegationResolvers<ContextType>;
  ApprovalLevel?: ApprovalLevelResolvers<ContextType>;
  ApprovalMatrix?: ApprovalMatrixResolvers<ContextType>;
  ApprovalMatrixConnection?: ApprovalMatrixConnectionResolvers<ContextType>;
  ApprovalMatrixEdge?: ApprovalMatrixEdgeResolvers<ContextType>;
  ApprovalRequest?: ApprovalRequestResolvers<ContextType>;
  ApprovalRequestConnection?: ApprovalRequestConnectionResolvers<ContextType>;
  ApprovalRequestEdge?: ApprovalRequestEdgeResolvers<ContextType>;
  ApprovalRule?: ApprovalRuleResolvers<ContextType>;
  ApproveApprovalRequestPayload?: ApproveApprovalRequestPayloadResolvers<ContextType>;
  CreateApprovalMatrixPayload?: CreateApprovalMatrixPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DelegateApprovalsPayload?: DelegateApprovalsPayloadResolvers<ContextType>;
  EscalateOverdueApprovalsPayload?: EscalateOverdueApprovalsPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishApprovalMatrixPayload?: PublishApprovalMatrixPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectApprovalRequestPayload?: RejectApprovalRequestPayloadResolvers<ContextType>;
  RemoveApprovalRulePayload?: RemoveApprovalRulePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

