import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SyncRecord as SyncRecordModel } from '../../domain/sync-record';
import { LeadReference as LeadReferenceModel, OrderReference as OrderReferenceModel, IntegrationsContext } from '../context';
import { SyncAttempt as SyncAttemptModel } from '../../domain/sync-attempt';
import { MailMessage as MailMessageModel } from '../../domain/mail-message';
import { WelcomeLetter as WelcomeLetterModel } from '../../domain/welcome-letter';
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

/** An addressee of a mail. */
export type MailAddress = {
  __typename?: 'MailAddress';
  email: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/**
 * One mail of the delivery log: what an event became for the recipients its publisher named, and how sending
 * it went. At most one mail per (event, template), however often the event is delivered. Belongs to the
 * branch of what it concerns; mails without a branch are seen by users of every branch only.
 */
export type MailMessage = {
  __typename?: 'MailMessage';
  /** Sending attempts since it was queued or last retried. */
  attempts: Scalars['Int']['output'];
  cc: Array<MailAddress>;
  createdAt: Scalars['DateTime']['output'];
  /** The event that caused it. */
  eventId: Scalars['ID']['output'];
  /** Its type, e.g. order.state_changed. */
  eventType: Scalars['String']['output'];
  from: MailAddress;
  /** Whether the order's welcome letter is attached. */
  hasWelcomeLetter: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** The Message-ID it was sent with. */
  messageId?: Maybe<Scalars['String']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The order it concerns; null for mails about feasibility requests. */
  orderId?: Maybe<Scalars['ID']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: MailStatus;
  subject: Scalars['String']['output'];
  /** The template it was rendered from, e.g. order.state_changed/APPROVED. */
  template: Scalars['String']['output'];
  /** The plain-text body. */
  text: Scalars['String']['output'];
  to: Array<MailAddress>;
};

/** A page of mails, newest first, holding only mails in the caller's branch scope. */
export type MailMessageConnection = {
  __typename?: 'MailMessageConnection';
  edges: Array<MailMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One mail in a page of mails. */
export type MailMessageEdge = {
  __typename?: 'MailMessageEdge';
  cursor: Scalars['String']['output'];
  node: MailMessage;
};

/** Narrows a list of mails; all given conditions must hold. */
export type MailMessageFilter = {
  /** Only mails caused by events of this type (exact). */
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** Only mails about this order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only mails to (or Cc) this address, case-insensitive. */
  recipient?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MailStatus>;
};

/** Where a mail stands. */
export type MailStatus =
  /** Gave up after the last attempt, or the server refused it for good: retry it with retryMail. */
  | 'DEAD'
  /** An attempt failed; another one is due at nextAttemptAt. */
  | 'FAILED'
  /** Waiting for the sender. */
  | 'QUEUED'
  /** The SMTP server accepted it (or, without one, it was written to the mail folder). */
  | 'SENT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a DEAD sync job back in the queue: PENDING, due now, attempts counted afresh. */
  replaySyncJob: ReplaySyncJobPayload;
  /** Queues a DEAD mail again: QUEUED, due now, attempts counted afresh. */
  retryMail: RetryMailPayload;
};


export type MutationReplaySyncJobArgs = {
  input: ReplaySyncJobInput;
};


export type MutationRetryMailArgs = {
  input: RetryMailInput;
};

/** An order (owned by orders); integrations adds what it sent about it. */
export type Order = {
  __typename?: 'Order';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The mails sent about the order, newest first; empty outside the caller's branch scope. */
  mails: Array<MailMessage>;
  /** The sync jobs for BMS, LMS and the Helpdesk caused by the order's events, newest first; empty outside the caller's branch scope. */
  syncJobs: Array<SyncRecord>;
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
  /** The mail delivery log in the caller's branch scope, newest first (`first` is capped at 100). */
  mailMessages: MailMessageConnection;
  /** One sync record by id, or null when there is none or it is outside the caller's branch scope. */
  syncRecord?: Maybe<SyncRecord>;
  /** The sync records in the caller's branch scope, newest first, with cursor pagination (`first` is capped at 100). */
  syncRecords: SyncRecordConnection;
  /** An order's welcome letter, or null when it has none (yet) or it is outside the caller's branch scope. */
  welcomeLetter?: Maybe<WelcomeLetter>;
};


export type QueryMailMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MailMessageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySyncRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySyncRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SyncRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWelcomeLetterArgs = {
  orderId: Scalars['ID']['input'];
};

/** Names the sync job to replay. */
export type ReplaySyncJobInput = {
  id: Scalars['ID']['input'];
};

/** What replaySyncJob did. */
export type ReplaySyncJobPayload = {
  __typename?: 'ReplaySyncJobPayload';
  errors: Array<UserError>;
  /** The job, PENDING again; null when nothing changed. */
  syncJob?: Maybe<SyncRecord>;
};

/** Names the mail to retry. */
export type RetryMailInput = {
  id: Scalars['ID']['input'];
};

/** What retryMail did. */
export type RetryMailPayload = {
  __typename?: 'RetryMailPayload';
  errors: Array<UserError>;
  /** The mail, QUEUED again; null when nothing changed. */
  mail?: Maybe<MailMessage>;
};

/** One delivery attempt of a sync job. */
export type SyncAttempt = {
  __typename?: 'SyncAttempt';
  /** 1-based, counted since the job was created or last replayed. */
  attempt: Scalars['Int']['output'];
  attemptedAt: Scalars['DateTime']['output'];
  /** How long the call took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** What went wrong; null when it went well. */
  error?: Maybe<Scalars['String']['output']>;
  outcome: SyncAttemptOutcome;
  /** The HTTP status the system answered with; null for network errors and local recording. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** How one delivery attempt of a sync job ended. */
export type SyncAttemptOutcome =
  /** The system answered 2xx. */
  | 'DELIVERED'
  /** Network error, timeout, 5xx or 429: worth retrying. */
  | 'FAILED'
  /** No URL configured for the system: the call was recorded locally. */
  | 'RECORDED'
  /** The system refused the request (another 4xx): not retried. */
  | 'REFUSED';

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
  /** Delivery attempts since the job was created or last replayed. */
  attemptCount: Scalars['Int']['output'];
  /** Every delivery attempt, oldest first. */
  attempts: Array<SyncAttempt>;
  /** Correlation id of the request that started the chain of events, for tracing across services. */
  correlationId: Scalars['String']['output'];
  /** When integrations received the event and recorded it. */
  createdAt: Scalars['DateTime']['output'];
  /** When the system accepted it, or when the call was recorded locally. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id of the event that caused this record; unique per system. */
  eventId: Scalars['ID']['output'];
  /** Type of the causing event (e.g. lead.created). */
  eventType: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The error of the last failed attempt. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the sender tries next (PENDING, FAILED). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the causing event occurred in its source service. */
  occurredAt: Scalars['DateTime']['output'];
  /** The JSON body the connector posts to the system; null for records without a connector. */
  payload?: Maybe<Scalars['String']['output']>;
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

/** Where a sync record (a sync job) stands. */
export type SyncStatus =
  /** Gave up after the last attempt, or the system refused it (4xx): a dead letter, replayable with replaySyncJob. */
  | 'DEAD'
  /** The system accepted it (2xx). */
  | 'DELIVERED'
  /** An attempt failed (network error, 5xx, 429); another one is due at nextAttemptAt. */
  | 'FAILED'
  /** Queued for delivery. */
  | 'PENDING'
  /** Kept here only: no connector for it (lead.created), or no URL configured for its system (the call is recorded locally, with its payload). */
  | 'RECORDED';

/** A downstream system that integrations keeps in sync with the order system. */
export type SyncSystem =
  /** Billing management system: customers, services and invoices. */
  | 'BMS'
  /** The support helpdesk: tickets for installed services. */
  | 'HELPDESK'
  /** Lead (and link) management system: where sales leads are followed up. */
  | 'LMS';

/** An expected failure of a mutation: a stable `code` to switch on, the input path it concerns, and a message. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable code: VALIDATION_FAILED, NOT_FOUND, NOT_DEAD (only dead letters are replayed or retried). */
  code: Scalars['String']['output'];
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/**
 * The welcome letter of an activated order: a PDF mailed to the customer (when the customer has an e-mail
 * address) and kept here for download.
 */
export type WelcomeLetter = {
  __typename?: 'WelcomeLetter';
  /** The PDF, base64-encoded; for users who may view orders. */
  contentBase64: Scalars['String']['output'];
  /** Always application/pdf. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Where it was mailed; null when the customer has no e-mail address. */
  customerEmail?: Maybe<Scalars['String']['output']>;
  customerName: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  orderNo: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
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
  MailMessage: MailMessage;
  Order: Order;
  SyncRecord: SyncRecord;
  WelcomeLetter: WelcomeLetter;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
  MailMessage:
    ( { __typename: 'MailMessage' }
    & GraphQLRecursivePick<FederationTypes['MailMessage'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  SyncRecord:
    ( { __typename: 'SyncRecord' }
    & GraphQLRecursivePick<FederationTypes['SyncRecord'], {"id":true}> );
  WelcomeLetter:
    ( { __typename: 'WelcomeLetter' }
    & GraphQLRecursivePick<FederationTypes['WelcomeLetter'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Lead: ResolverTypeWrapper<LeadReferenceModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  MailAddress: ResolverTypeWrapper<MailAddress>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  MailMessage: ResolverTypeWrapper<MailMessageModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MailMessageConnection: ResolverTypeWrapper<Omit<MailMessageConnection, 'edges'> & { edges: Array<ResolversTypes['MailMessageEdge']> }>;
  MailMessageEdge: ResolverTypeWrapper<Omit<MailMessageEdge, 'node'> & { node: ResolversTypes['MailMessage'] }>;
  MailMessageFilter: MailMessageFilter;
  MailStatus: MailStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderReferenceModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplaySyncJobInput: ReplaySyncJobInput;
  ReplaySyncJobPayload: ResolverTypeWrapper<Omit<ReplaySyncJobPayload, 'syncJob'> & { syncJob?: Maybe<ResolversTypes['SyncRecord']> }>;
  RetryMailInput: RetryMailInput;
  RetryMailPayload: ResolverTypeWrapper<Omit<RetryMailPayload, 'mail'> & { mail?: Maybe<ResolversTypes['MailMessage']> }>;
  SyncAttempt: ResolverTypeWrapper<SyncAttemptModel>;
  SyncAttemptOutcome: SyncAttemptOutcome;
  SyncRecord: ResolverTypeWrapper<SyncRecordModel>;
  SyncRecordConnection: ResolverTypeWrapper<Omit<SyncRecordConnection, 'edges'> & { edges: Array<ResolversTypes['SyncRecordEdge']> }>;
  SyncRecordEdge: ResolverTypeWrapper<Omit<SyncRecordEdge, 'node'> & { node: ResolversTypes['SyncRecord'] }>;
  SyncRecordFilter: SyncRecordFilter;
  SyncStatus: SyncStatus;
  SyncSystem: SyncSystem;
  UserError: ResolverTypeWrapper<UserError>;
  WelcomeLetter: ResolverTypeWrapper<WelcomeLetterModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Lead: LeadReferenceModel;
  ID: Scalars['ID']['output'];
  MailAddress: MailAddress;
  String: Scalars['String']['output'];
  MailMessage: MailMessageModel;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  MailMessageConnection: Omit<MailMessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MailMessageEdge']> };
  MailMessageEdge: Omit<MailMessageEdge, 'node'> & { node: ResolversParentTypes['MailMessage'] };
  MailMessageFilter: MailMessageFilter;
  Mutation: Record<PropertyKey, never>;
  Order: OrderReferenceModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReplaySyncJobInput: ReplaySyncJobInput;
  ReplaySyncJobPayload: Omit<ReplaySyncJobPayload, 'syncJob'> & { syncJob?: Maybe<ResolversParentTypes['SyncRecord']> };
  RetryMailInput: RetryMailInput;
  RetryMailPayload: Omit<RetryMailPayload, 'mail'> & { mail?: Maybe<ResolversParentTypes['MailMessage']> };
  SyncAttempt: SyncAttemptModel;
  SyncRecord: SyncRecordModel;
  SyncRecordConnection: Omit<SyncRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['SyncRecordEdge']> };
  SyncRecordEdge: Omit<SyncRecordEdge, 'node'> & { node: ResolversParentTypes['SyncRecord'] };
  SyncRecordFilter: SyncRecordFilter;
  UserError: UserError;
  WelcomeLetter: WelcomeLetterModel;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LeadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  syncRecords?: Resolver<Array<ResolversTypes['SyncRecord']>, ParentType, ContextType>;
}>;

export type MailAddressResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['MailAddress'] = ResolversParentTypes['MailAddress']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MailMessageResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['MailMessage'] = ResolversParentTypes['MailMessage'], FederationReferenceType extends FederationReferenceTypes['MailMessage'] = FederationReferenceTypes['MailMessage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MailMessage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cc?: Resolver<Array<ResolversTypes['MailAddress']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['MailAddress'], ParentType, ContextType>;
  hasWelcomeLetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['MailAddress']>, ParentType, ContextType>;
}>;

export type MailMessageConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['MailMessageConnection'] = ResolversParentTypes['MailMessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MailMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MailMessageEdgeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['MailMessageEdge'] = ResolversParentTypes['MailMessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MailMessage'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  replaySyncJob?: Resolver<ResolversTypes['ReplaySyncJobPayload'], ParentType, ContextType, RequireFields<MutationReplaySyncJobArgs, 'input'>>;
  retryMail?: Resolver<ResolversTypes['RetryMailPayload'], ParentType, ContextType, RequireFields<MutationRetryMailArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mails?: Resolver<Array<ResolversTypes['MailMessage']>, ParentType, ContextType>;
  syncJobs?: Resolver<Array<ResolversTypes['SyncRecord']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  mailMessages?: Resolver<ResolversTypes['MailMessageConnection'], ParentType, ContextType, Partial<QueryMailMessagesArgs>>;
  syncRecord?: Resolver<Maybe<ResolversTypes['SyncRecord']>, ParentType, ContextType, RequireFields<QuerySyncRecordArgs, 'id'>>;
  syncRecords?: Resolver<ResolversTypes['SyncRecordConnection'], ParentType, ContextType, Partial<QuerySyncRecordsArgs>>;
  welcomeLetter?: Resolver<Maybe<ResolversTypes['WelcomeLetter']>, ParentType, ContextType, RequireFields<QueryWelcomeLetterArgs, 'orderId'>>;
}>;

export type ReplaySyncJobPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['ReplaySyncJobPayload'] = ResolversParentTypes['ReplaySyncJobPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  syncJob?: Resolver<Maybe<ResolversTypes['SyncRecord']>, ParentType, ContextType>;
}>;

export type RetryMailPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['RetryMailPayload'] = ResolversParentTypes['RetryMailPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  mail?: Resolver<Maybe<ResolversTypes['MailMessage']>, ParentType, ContextType>;
}>;

export type SyncAttemptResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncAttempt'] = ResolversParentTypes['SyncAttempt']> = ResolversObject<{
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SyncAttemptOutcome'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SyncRecordResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SyncRecord'] = ResolversParentTypes['SyncRecord'], FederationReferenceType extends FederationReferenceTypes['SyncRecord'] = FederationReferenceTypes['SyncRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SyncRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aggregateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  aggregateType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['SyncAttempt']>, ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type UserErrorResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WelcomeLetterResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WelcomeLetter'] = ResolversParentTypes['WelcomeLetter'], FederationReferenceType extends FederationReferenceTypes['WelcomeLetter'] = FederationReferenceTypes['WelcomeLetter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WelcomeLetter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IntegrationsContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  MailAddress?: MailAddressResolvers<ContextType>;
  MailMessage?: MailMessageResolvers<ContextType>;
  MailMessageConnection?: MailMessageConnectionResolvers<ContextType>;
  MailMessageEdge?: MailMessageEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplaySyncJobPayload?: ReplaySyncJobPayloadResolvers<ContextType>;
  RetryMailPayload?: RetryMailPayloadResolvers<ContextType>;
  SyncAttempt?: SyncAttemptResolvers<ContextType>;
  SyncRecord?: SyncRecordResolvers<ContextType>;
  SyncRecordConnection?: SyncRecordConnectionResolvers<ContextType>;
  SyncRecordEdge?: SyncRecordEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WelcomeLetter?: WelcomeLetterResolvers<ContextType>;
}>;

