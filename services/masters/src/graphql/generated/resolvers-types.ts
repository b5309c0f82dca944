import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { State as StateModel, City as CityModel } from '../../domain/geography';
import { MastersContext } from '../context';
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

/** A city where services are sold and installed. Other subgraphs reference it by `id`. */
export type City = {
  __typename?: 'City';
  /** Short unique code, upper case (e.g. PUNE). */
  code: Scalars['String']['output'];
  /** When the city was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The state the city is in. */
  state: State;
};

/** A page of cities, newest first. */
export type CityConnection = {
  __typename?: 'CityConnection';
  /** The cities of this page. */
  edges: Array<CityEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many cities match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One city in a page of cities. */
export type CityEdge = {
  __typename?: 'CityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The city. */
  node: City;
};

/** Narrows a list of cities. */
export type CityFilter = {
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only cities of this state. */
  stateId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a new city needs. */
export type CreateCityInput = {
  /** Unique code: 2–20 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** The state it belongs to. */
  stateId: Scalars['ID']['input'];
};

/** The outcome of createCity. */
export type CreateCityPayload = {
  __typename?: 'CreateCityPayload';
  /** The new city, when created. */
  city?: Maybe<City>;
  /** Why nothing was created; empty on success. */
  errors: Array<UserError>;
};

/** What a new state needs. */
export type CreateStateInput = {
  /** Unique code: 2–10 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of createState. */
export type CreateStatePayload = {
  __typename?: 'CreateStatePayload';
  /** Why nothing was created; empty on success. */
  errors: Array<UserError>;
  /** The new state, when created. */
  state?: Maybe<State>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a city in an existing state; publishes city.created. */
  createCity: CreateCityPayload;
  /** Creates a state; publishes state.created. */
  createState: CreateStatePayload;
};


export type MutationCreateCityArgs = {
  input: CreateCityInput;
};


export type MutationCreateStateArgs = {
  input: CreateStateInput;
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
  /** Cities, newest first, with cursor pagination (`first` is capped at 100). */
  cities: CityConnection;
  /** One city by id, or null when there is none. */
  city?: Maybe<City>;
  /** One state by id, or null when there is none. */
  state?: Maybe<State>;
  /** States, newest first, with cursor pagination (`first` is capped at 100). */
  states: StateConnection;
};


export type QueryCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A state (province). Cities belong to exactly one state. */
export type State = {
  __typename?: 'State';
  /** The cities of this state, by name. */
  cities: Array<City>;
  /** Short unique code, upper case (e.g. MH). */
  code: Scalars['String']['output'];
  /** When the state was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A page of states, newest first. */
export type StateConnection = {
  __typename?: 'StateConnection';
  /** The states of this page. */
  edges: Array<StateEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many states match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One state in a page of states. */
export type StateEdge = {
  __typename?: 'StateEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The state. */
  node: State;
};

/** Narrows a list of states. */
export type StateFilter = {
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
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
  City: City;
  State: State;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  City:
    ( { __typename: 'City' }
    & GraphQLRecursivePick<FederationTypes['City'], {"id":true}> );
  State:
    ( { __typename: 'State' }
    & GraphQLRecursivePick<FederationTypes['State'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  City: ResolverTypeWrapper<CityModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CityConnection: ResolverTypeWrapper<Omit<CityConnection, 'edges'> & { edges: Array<ResolversTypes['CityEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CityEdge: ResolverTypeWrapper<Omit<CityEdge, 'node'> & { node: ResolversTypes['City'] }>;
  CityFilter: CityFilter;
  CreateCityInput: CreateCityInput;
  CreateCityPayload: ResolverTypeWrapper<Omit<CreateCityPayload, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  CreateStateInput: CreateStateInput;
  CreateStatePayload: ResolverTypeWrapper<Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  State: ResolverTypeWrapper<StateModel>;
  StateConnection: ResolverTypeWrapper<Omit<StateConnection, 'edges'> & { edges: Array<ResolversTypes['StateEdge']> }>;
  StateEdge: ResolverTypeWrapper<Omit<StateEdge, 'node'> & { node: ResolversTypes['State'] }>;
  StateFilter: StateFilter;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  City: CityModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CityConnection: Omit<CityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CityEdge']> };
  Int: Scalars['Int']['output'];
  CityEdge: Omit<CityEdge, 'node'> & { node: ResolversParentTypes['City'] };
  CityFilter: CityFilter;
  CreateCityInput: CreateCityInput;
  CreateCityPayload: Omit<CreateCityPayload, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  CreateStateInput: CreateStateInput;
  CreateStatePayload: Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  State: StateModel;
  StateConnection: Omit<StateConnection, 'edges'> & { edges: Array<ResolversParentTypes['StateEdge']> };
  StateEdge: Omit<StateEdge, 'node'> & { node: ResolversParentTypes['State'] };
  StateFilter: StateFilter;
  UserError: UserError;
}>;

export type CityResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City'], FederationReferenceType extends FederationReferenceTypes['City'] = FederationReferenceTypes['City']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['City']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
}>;

export type CityConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CityConnection'] = ResolversParentTypes['CityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CityEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CityEdge'] = ResolversParentTypes['CityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
}>;

export type CreateCityPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateCityPayload'] = ResolversParentTypes['CreateCityPayload']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateStatePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateStatePayload'] = ResolversParentTypes['CreateStatePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createCity?: Resolver<ResolversTypes['CreateCityPayload'], ParentType, ContextType, RequireFields<MutationCreateCityArgs, 'input'>>;
  createState?: Resolver<ResolversTypes['CreateStatePayload'], ParentType, ContextType, RequireFields<MutationCreateStateArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cities?: Resolver<ResolversTypes['CityConnection'], ParentType, ContextType, Partial<QueryCitiesArgs>>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType, RequireFields<QueryStateArgs, 'id'>>;
  states?: Resolver<ResolversTypes['StateConnection'], ParentType, ContextType, Partial<QueryStatesArgs>>;
}>;

export type StateResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State'], FederationReferenceType extends FederationReferenceTypes['State'] = FederationReferenceTypes['State']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['State']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StateConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['StateConnection'] = ResolversParentTypes['StateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StateEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['StateEdge'] = ResolversParentTypes['StateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MastersContext> = ResolversObject<{
  City?: CityResolvers<ContextType>;
  CityConnection?: CityConnectionResolvers<ContextType>;
  CityEdge?: CityEdgeResolvers<ContextType>;
  CreateCityPayload?: CreateCityPayloadResolvers<ContextType>;
  CreateStatePayload?: CreateStatePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  StateConnection?: StateConnectionResolvers<ContextType>;
  StateEdge?: StateEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

