import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ApprovalMatrix as ApprovalMatrixModel } from '../../domain/approval-matrix';
import { ApprovalsContext } from '../context';
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
  _FieldSet: { input: unknown; output: unknown; }
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
  /** Being prepared by an administrator; not used to route approvals. */
  | 'DRAFT';

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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Creates an approval matrix as a DRAFT: version 1 of a new name, or the next version of an existing name.
   * Publishes approval_matrix.created.
   */
  createApprovalMatrix: CreateApprovalMatrixPayload;
};


export type MutationCreateApprovalMatrixArgs = {
  input: CreateApprovalMatrixInput;
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
  /** Approval matrix versions, newest first, with cursor pagination (`first` is capped at 100). */
  approvalMatrices: ApprovalMatrixConnection;
  /** One approval matrix version by id, or null when there is none. */
  approvalMatrix?: Maybe<ApprovalMatrix>;
};


export type QueryApprovalMatricesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApprovalMatrixFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApprovalMatrixArgs = {
  id: Scalars['ID']['input'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApprovalMatrix:
    ( { __typename: 'ApprovalMatrix' }
    & GraphQLRecursivePick<FederationTypes['ApprovalMatrix'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApprovalMatrix: ResolverTypeWrapper<ApprovalMatrixModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApprovalMatrixConnection: ResolverTypeWrapper<Omit<ApprovalMatrixConnection, 'edges'> & { edges: Array<ResolversTypes['ApprovalMatrixEdge']> }>;
  ApprovalMatrixEdge: ResolverTypeWrapper<Omit<ApprovalMatrixEdge, 'node'> & { node: ResolversTypes['ApprovalMatrix'] }>;
  ApprovalMatrixFilter: ApprovalMatrixFilter;
  ApprovalMatrixStatus: ApprovalMatrixStatus;
  CreateApprovalMatrixInput: CreateApprovalMatrixInput;
  CreateApprovalMatrixPayload: ResolverTypeWrapper<Omit<CreateApprovalMatrixPayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversTypes['ApprovalMatrix']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApprovalMatrix: ApprovalMatrixModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ApprovalMatrixConnection: Omit<ApprovalMatrixConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApprovalMatrixEdge']> };
  ApprovalMatrixEdge: Omit<ApprovalMatrixEdge, 'node'> & { node: ResolversParentTypes['ApprovalMatrix'] };
  ApprovalMatrixFilter: ApprovalMatrixFilter;
  CreateApprovalMatrixInput: CreateApprovalMatrixInput;
  CreateApprovalMatrixPayload: Omit<CreateApprovalMatrixPayload, 'approvalMatrix'> & { approvalMatrix?: Maybe<ResolversParentTypes['ApprovalMatrix']> };
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  UserError: UserError;
}>;

export type ApprovalMatrixResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalMatrix'] = ResolversParentTypes['ApprovalMatrix'], FederationReferenceType extends FederationReferenceTypes['ApprovalMatrix'] = FederationReferenceTypes['ApprovalMatrix']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApprovalMatrix']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CreateApprovalMatrixPayloadResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['CreateApprovalMatrixPayload'] = ResolversParentTypes['CreateApprovalMatrixPayload']> = ResolversObject<{
  approvalMatrix?: Resolver<Maybe<ResolversTypes['ApprovalMatrix']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApprovalMatrix?: Resolver<ResolversTypes['CreateApprovalMatrixPayload'], ParentType, ContextType, RequireFields<MutationCreateApprovalMatrixArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  approvalMatrices?: Resolver<ResolversTypes['ApprovalMatrixConnection'], ParentType, ContextType, Partial<QueryApprovalMatricesArgs>>;
  approvalMatrix?: Resolver<Maybe<ResolversTypes['ApprovalMatrix']>, ParentType, ContextType, RequireFields<QueryApprovalMatrixArgs, 'id'>>;
}>;

export type UserErrorResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ApprovalsContext> = ResolversObject<{
  ApprovalMatrix?: ApprovalMatrixResolvers<ContextType>;
  ApprovalMatrixConnection?: ApprovalMatrixConnectionResolvers<ContextType>;
  ApprovalMatrixEdge?: ApprovalMatrixEdgeResolvers<ContextType>;
  CreateApprovalMatrixPayload?: CreateApprovalMatrixPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

