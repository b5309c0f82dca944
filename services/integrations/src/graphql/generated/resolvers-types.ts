import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SyncRecord as SyncRecordModel } from '../../domain/sync-record';
import { LeadReference as LeadReferenceModel, IntegrationsContext } from '../context';
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

/** A prospective customer's interest in a service, captured by sales before feasibility and ordering. */
export type Lead = {
  __typename?: 'Lead';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The sync records caused by this lead's events, newest first; empty when the lead's branch is outside the caller's scope. */
  syncRecords: Array<SyncRecord>;
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
  /** One sync record by id, or null when there is none or it is outside the caller's branch scope. */
  syncRecord?: Maybe<SyncRecord>;
  /** The sync records in the caller's branch scope, newest first, with cursor pagination (`first` is capped at 100). */
  syncRecords: SyncRecordConnection;
};


export type QuerySyncRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySyncRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SyncRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * One job of outbound sync: an event of the order system that one downstream system must learn about.
 * A connector delivers it later; an event yields at most one record per system, however often it is delivered.
 * A record belongs to the branch of what it is about (e.g. the lead's branch): only users whose data scope
 * includes that branch (or every branch) see it.
 */
export type SyncRecord = {
  __typename?: 'SyncRecord';
  /** Id of the entity the causing event is about. */
  aggregateId: Scalars['ID']['output'];
  /** Type of the entity the causing event is about (e.g. Lead). */
  aggregateType: Scalars['String']['output'];
  /** Correlation id of the request that started the chain of events, for tracing across services. */
  correlationId: Scalars['String']['output'];
  /** When integrations received the event and recorded it. */
  createdAt: Scalars['DateTime']['output'];
  /** Id of the event that caused this record; unique per system. */
  eventId: Scalars['ID']['output'];
  /** Type of the causing event (e.g. lead.created). */
  eventType: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** When the causing event occurred in its source service. */
  occurredAt: Scalars['DateTime']['output'];
  /** Where the record stands. */
  status: SyncStatus;
  /** Short human-readable description, e.g. "Lead LEAD-2026-000001 for Acme Ltd". */
  summary: Scalars['String']['output'];
  /** The system this record is for. */
  system: SyncSystem;
};

/** A page of sync records, newest first, holding only records in the caller's branch scope. */
export type SyncRecordConnection = {
  __typename?: 'SyncRecordConnection';
  /** The sync records of this page. */
  edges: Array<SyncRecordEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many sync records in the caller's branch scope match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One sync record in a page of sync records. */
export type SyncRecordEdge = {
  __typename?: 'SyncRecordEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The sync record. */
  node: SyncRecord;
};

/** Narrows a list of sync records; all given conditions must hold. */
export type SyncRecordFilter = {
  /** Only records about this entity (e.g. a lead's id). */
  aggregateId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records caused by events of this type (e.g. lead.created), exact match. */
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** Only records in this status. */
  status?: InputMaybe<SyncStatus>;
  /** Only records for this system. */
  system?: InputMaybe<SyncSystem>;
};

/**
 * Where a sync record stands. Today every record is RECORDED; PENDING, DELIVERED, FAILED and DEAD arrive with
 * the connectors that deliver records to their systems.
 */
export type SyncStatus =
  /** The causing event was received and recorded; no connector has delivered it yet. */
  | 'RECORDED';

/** A downstream system that integrations keeps in sync with the order system. */
export type SyncSystem =
  /** Billing management system: customers, services and invoices. */
  | 'BMS'
  /** The support helpdesk: tickets for installed services. */
  | 'HELPDESK'
  /** Lead (and link) management system: where sales leads are followed up. */
  | 'LMS';

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
  SyncRecord: SyncRecord;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
  SyncRecord:
    ( { __typename: 'SyncRecord' }
    & GraphQLRecursivePick<FederationTypes['SyncRecord'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Lead: ResolverTypeWrapper<LeadReferenceModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  SyncRecord: ResolverTypeWrapper<SyncRecordModel>;
  SyncRecordConnection: ResolverTypeWrapper<Omit<SyncRecordConnection, 'edges'> & { edges: Array<ResolversTypes['SyncRecordEdge']> }>;
  SyncRecordEdge: ResolverTypeWrapper<Omit<SyncRecordEdge, 'node'> & { node: ResolversTypes['SyncRecord'] }>;
  SyncRecordFilter: SyncRecordFilter;
  SyncStatus: SyncStatus;
  SyncSystem: SyncSystem;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Lead: LeadReferenceModel;
  ID: Scalars['ID']['output'];
  PageInfo: PageInfo;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  SyncRecord: SyncRecordModel;
  SyncRecordConnection: Omit<SyncRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['SyncRecordEdge']> };
  SyncRecordEdge: Omit<SyncRecordEdge, 'node'> & { node: ResolversParentTypes['SyncRecord'] };
  SyncRecordFilter: SyncRecordFilter;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LeadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  syncRecords?: Resolver<Array<ResolversTypes['SyncRecord']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  syncRecord?: Resolver<Maybe<ResolversTypes['SyncRecord']>, ParentType, ContextType, RequireFields<QuerySyncRecordArgs, 'id'>>;
  syncRecords?: Resolver<ResolversTypes['SyncRecordConnection'], ParentType, ContextType, Partial<QuerySyncRecordsArgs>>;
}>;

export type SyncRecordResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncRecord'] = ResolversParentTypes['SyncRecord'], FederationReferenceType extends FederationReferenceTypes['SyncRecord'] = FederationReferenceTypes['SyncRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SyncRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aggregateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  aggregateType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SyncSystem'], ParentType, ContextType>;
}>;

export type SyncRecordConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncRecordConnection'] = ResolversParentTypes['SyncRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SyncRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SyncRecordEdgeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncRecordEdge'] = ResolversParentTypes['SyncRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SyncRecord'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IntegrationsContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SyncRecord?: SyncRecordResolvers<ContextType>;
  SyncRecordConnection?: SyncRecordConnectionResolvers<ContextType>;
  SyncRecordEdge?: SyncRecordEdgeResolvers<ContextType>;
}>;

