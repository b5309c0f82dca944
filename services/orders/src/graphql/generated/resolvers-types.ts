import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Lead as LeadModel } from '../../domain/lead';
import { OrdersContext } from '../context';
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

/** A branch office in a zone, serving one or more cities. Other subgraphs reference it by `id`. */
export type Branch = {
  __typename?: 'Branch';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** A city where services are sold and installed. Other subgraphs reference it by `id`. */
export type City = {
  __typename?: 'City';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** What a new lead needs. */
export type CreateLeadInput = {
  /**
   * The branch that takes the lead: an active branch known from masters that serves the city and is within the
   * caller's data scope.
   */
  branchId: Scalars['ID']['input'];
  /** The city where the service is wanted; must be an active city known from masters. */
  cityId: Scalars['ID']['input'];
  /**
   * Idempotency key chosen by the client (1–100 characters). Sending the same key again returns the lead
   * the first call created and changes nothing; reusing a key with different input is refused.
   */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address to contact the customer at; optional, must be a valid address. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Phone number; optional, 10–15 digits with an optional leading + (spaces, dashes, dots and brackets are ignored). */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Name of the prospective customer, 2–200 characters. */
  customerName: Scalars['String']['input'];
  /** What the customer is interested in, free text up to 200 characters; optional. */
  productInterest?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of createLead. */
export type CreateLeadPayload = {
  __typename?: 'CreateLeadPayload';
  /**
   * Why nothing was created (VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE, FORBIDDEN,
   * IDEMPOTENCY_KEY_REUSED); empty on success.
   */
  errors: Array<UserError>;
  /** The new lead (or, for a repeated idempotency key, the lead the first call created). */
  lead?: Maybe<Lead>;
};

/** A prospective customer's interest in a service, captured by sales before feasibility and ordering. */
export type Lead = {
  __typename?: 'Lead';
  /**
   * The branch the lead belongs to, which serves its city and decides who sees the lead: only users whose data
   * scope includes the branch (or every branch) do. Null only for leads captured before leads had branches
   * (visible to users with the ALL data scope only).
   */
  branch?: Maybe<Branch>;
  /** The city where the service is wanted. */
  city: City;
  /** E-mail address to contact the customer at, if given. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Phone number to contact the customer at, if given: 10–15 digits with an optional leading +. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** When the lead was captured. */
  createdAt: Scalars['DateTime']['output'];
  /** Id of the user who captured the lead. */
  createdBy: Scalars['String']['output'];
  /** Name of the prospective customer (person or company). */
  customerName: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Human lead number, unique, numbered per calendar year (UTC): LEAD-<year>-<6 digits>, e.g. LEAD-2026-000123. */
  leadNo: Scalars['String']['output'];
  /** What the customer is interested in (product, bandwidth, ...), as free text, if given. */
  productInterest?: Maybe<Scalars['String']['output']>;
  /** Where the lead stands. */
  state: LeadState;
};

/** A page of leads, newest first, holding only leads in the caller's branch scope. */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page. */
  edges: Array<LeadEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many leads in the caller's branch scope match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One lead in a page of leads. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** Narrows a list of leads. All given conditions must hold. */
export type LeadFilter = {
  /** Only leads of this branch (a branch outside the caller's scope gives no leads). */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Only leads for this city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only leads created at or after this instant. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only leads created before this instant (exclusive). */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Matches customer name or lead number, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Where a lead stands in the sales process. */
export type LeadState =
  /** Captured and being worked by sales: not yet converted into an order, not cancelled. */
  | 'OPEN';

export type Mutation = {
  __typename?: 'Mutation';
  /** Captures a new OPEN lead in a branch with a fresh lead number; publishes lead.created. */
  createLead: CreateLeadPayload;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
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
  /** One lead by id, or null when there is none or it is outside the caller's branch scope. */
  lead?: Maybe<Lead>;
  /** The leads in the caller's branch scope, newest first, with cursor pagination (`first` is capped at 100). */
  leads: LeadConnection;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Lead: Lead;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Branch: ResolverTypeWrapper<Branch>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  City: ResolverTypeWrapper<City>;
  CreateLeadInput: CreateLeadInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateLeadPayload: ResolverTypeWrapper<Omit<CreateLeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadState: LeadState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Branch: Branch;
  ID: Scalars['ID']['output'];
  City: City;
  CreateLeadInput: CreateLeadInput;
  String: Scalars['String']['output'];
  CreateLeadPayload: Omit<CreateLeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  DateTime: Scalars['DateTime']['output'];
  Lead: LeadModel;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  Int: Scalars['Int']['output'];
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  UserError: UserError;
}>;

export type BranchResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CityResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreateLeadPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CreateLeadPayload'] = ResolversParentTypes['CreateLeadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LeadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productInterest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LeadState'], ParentType, ContextType>;
}>;

export type LeadConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createLead?: Resolver<ResolversTypes['CreateLeadPayload'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
}>;

export type UserErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  Branch?: BranchResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CreateLeadPayload?: CreateLeadPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

