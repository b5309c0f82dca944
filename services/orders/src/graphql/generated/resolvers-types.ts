import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Lead as LeadModel } from '../../domain/lead';
import { Order as OrderModel, OrderStateChange as OrderStateChangeModel, TimelineEntry as TimelineEntryModel } from '../../domain/order';
import { WorkTask as WorkTaskModel } from '../../domain/work-task';
import { OrderDocument as OrderDocumentModel } from '../../domain/document';
import { Customer as CustomerModel, InstalledService as InstalledServiceModel } from '../../domain/customer';
import { LeadFeasibility as LeadFeasibilityModel } from '../../persistence/order.entities';
import { UploadLink as UploadLinkModel, FileLink as FileLinkModel } from '../../application/order-documents';
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
  /** A calendar date, YYYY-MM-DD (e.g. 2026-12-07): installation, activation and billing-start dates. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with offset (e.g. 2026-11-22T10:15:00.000Z). */
  DateTime: { input: Date; output: Date | string; }
  /**
   * A decimal amount as a string, e.g. "12500.50" (never a float, so no precision is lost). Amounts come with a
   * currency field.
   */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Sets the activation date of an installed order. */
export type ActivateOrderInput = {
  /** The date the service went live: not before the installation date, not in the future. */
  activationDate: Scalars['Date']['input'];
  /** An INSTALLED order. */
  id: Scalars['ID']['input'];
};

/** The outcome of activateOrder. */
export type ActivateOrderPayload = {
  __typename?: 'ActivateOrderPayload';
  /** Why nothing changed (INVALID_STATE, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The order, now LIVE; null when refused. */
  order?: Maybe<Order>;
};

/** A bandwidth products are sold at. `rank` orders upgrades and downgrades. Other subgraphs reference it by `id`. */
export type Bandwidth = {
  __typename?: 'Bandwidth';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
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

/** Cancels a lead. */
export type CancelLeadInput = {
  /** An OPEN lead, or a CONVERTED one whose order is still BOOKED (the order is cancelled too). */
  id: Scalars['ID']['input'];
  /** Why: 3–500 characters. */
  reason: Scalars['String']['input'];
};

/** The outcome of cancelLead. */
export type CancelLeadPayload = {
  __typename?: 'CancelLeadPayload';
  /** Why nothing changed (INVALID_STATE, NOT_FOUND, FORBIDDEN, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The lead, now CANCELLED; null when refused. */
  lead?: Maybe<Lead>;
};

/** Cancels an order. */
export type CancelOrderInput = {
  /** A BOOKED order or one in the rejected bin. */
  id: Scalars['ID']['input'];
  /** Why: 3–500 characters. */
  reason: Scalars['String']['input'];
};

/** The outcome of cancelOrder. */
export type CancelOrderPayload = {
  __typename?: 'CancelOrderPayload';
  /** Why nothing changed (INVALID_STATE, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The order, now CANCELLED; null when refused. */
  order?: Maybe<Order>;
};

/** A city where services are sold and installed. Other subgraphs reference it by `id`. */
export type City = {
  __typename?: 'City';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** The outcome of claimTask. */
export type ClaimTaskPayload = {
  __typename?: 'ClaimTaskPayload';
  /** Why nothing changed (INVALID_STATE, FORBIDDEN, NOT_FOUND); empty on success. */
  errors: Array<UserError>;
  /** The task, now CLAIMED by the caller; null when refused. */
  task?: Maybe<WorkTask>;
};

/** Completes a task with what it captures. */
export type CompleteTaskInput = {
  /** Optional remarks, at most 1000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A task the caller claimed. */
  id: Scalars['ID']['input'];
  /** For the installation task: the date the link was installed (not in the future). */
  installationDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The outcome of completeTask. */
export type CompleteTaskPayload = {
  __typename?: 'CompleteTaskPayload';
  /**
   * Why nothing changed (INVALID_STATE, TASK_CLAIMED_BY_OTHER, FORBIDDEN, NOT_FOUND, DOCUMENT_REQUIRED,
   * VALIDATION_FAILED); empty on success.
   */
  errors: Array<UserError>;
  /** The task, now DONE; null when refused. */
  task?: Maybe<WorkTask>;
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
  /** The user id of the lead's CRM owner (1–100 characters); the caller when omitted. */
  crmOwnerId?: InputMaybe<Scalars['String']['input']>;
  /** For an existing customer: its id (a customer of one of the caller's branches); its name and contacts are used where not given. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Name of the prospective customer, 2–200 characters; required for a new customer. */
  customerName?: InputMaybe<Scalars['String']['input']>;
  /** What the customer is interested in, free text up to 200 characters; optional. */
  productInterest?: InputMaybe<Scalars['String']['input']>;
  /** How the sale is made; DIRECT when omitted. */
  salesMode?: InputMaybe<SalesMode>;
  /** Where the lead came from; EXISTING_CUSTOMER when omitted for an existing customer. */
  source?: InputMaybe<LeadSource>;
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

/** What a new order needs: the lead it is for (OPEN, with a FEASIBLE technical verdict) and its details. */
export type CreateOrderInput = {
  /** Annual recurring charge in INR, ≥ 0 with at most 2 decimals. */
  arc: Scalars['Decimal']['input'];
  /** A bandwidth the product offers; optional. */
  bandwidthId?: InputMaybe<Scalars['ID']['input']>;
  /** Optional idempotency key (1–100 characters): a repeat returns the first order and changes nothing. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** E-mail for the customer (the welcome letter goes there); the lead's when omitted. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Phone; the lead's when omitted. 10–15 digits with an optional leading +. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** The customer's name; the lead's when omitted. 2–200 characters. */
  customerName?: InputMaybe<Scalars['String']['input']>;
  /** Discount in percent, 0–100 with at most 2 decimals; 0 when omitted. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Where the link is installed: 5–500 characters. */
  installationAddress: Scalars['String']['input'];
  /** The lead the order is for: OPEN, in one of the caller's branches, with a FEASIBLE technical verdict. */
  leadId: Scalars['ID']['input'];
  /** One-time charge in INR, ≥ 0 with at most 2 decimals. */
  otc: Scalars['Decimal']['input'];
  /** An active product (masters). */
  productId: Scalars['ID']['input'];
  /** True: a created order, locked and sent for approval at once; false: a booked order, still editable. */
  submit: Scalars['Boolean']['input'];
};

/** The outcome of createOrder. */
export type CreateOrderPayload = {
  __typename?: 'CreateOrderPayload';
  /** The idempotency key of the input, echoed back. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /**
   * Why nothing was created (VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE, FORBIDDEN,
   * INVALID_STATE, FEASIBILITY_REQUIRED, IDEMPOTENCY_KEY_REUSED); empty on success.
   */
  errors: Array<UserError>;
  /** The new order (or, for a repeated key, the first one); null when refused. */
  order?: Maybe<Order>;
};

/** A customer with its installed services (the service inventory). */
export type Customer = {
  __typename?: 'Customer';
  /** Address of the first installation. */
  address: Scalars['String']['output'];
  /** The branch the customer belongs to. */
  branch: Branch;
  /** The city of the customer. */
  city: City;
  /** When the customer was created (its first activation). */
  createdAt: Scalars['DateTime']['output'];
  /** Human customer code, unique: CUST-<year>-<6 digits>. */
  customerCode: Scalars['String']['output'];
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The customer's live services, by service number. */
  installedServices: Array<InstalledService>;
  /** The customer's name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A short-lived link to download one file: GET `url` on the gateway's origin before `expiresAt`. */
export type DocumentDownloadLink = {
  __typename?: 'DocumentDownloadLink';
  /** When the link stops working (5 minutes after it was handed out). */
  expiresAt: Scalars['DateTime']['output'];
  /** The path to GET, on the gateway's origin. */
  url: Scalars['String']['output'];
};

/**
 * A kind of document orders carry (e.g. the customer-signed installation report): which order types need it
 * at which steps, and what an upload of it may be. Other subgraphs reference it by `id`.
 */
export type DocumentType = {
  __typename?: 'DocumentType';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** A short-lived link to upload one file: PUT the raw bytes to `url` on the gateway's origin, before `expiresAt`. */
export type DocumentUploadLink = {
  __typename?: 'DocumentUploadLink';
  /** The content types the document type accepts (detected from the bytes, not from the name). */
  allowedContentTypes: Array<Scalars['String']['output']>;
  /** When the link stops working (15 minutes after it was handed out). */
  expiresAt: Scalars['DateTime']['output'];
  /** The largest file the document type accepts, in bytes. */
  maxSizeBytes: Scalars['Int']['output'];
  /** The path to PUT the bytes to, on the gateway's origin (e.g. /files/orders/<token>); valid for one upload. */
  url: Scalars['String']['output'];
};

/** One live service of a customer. */
export type InstalledService = {
  __typename?: 'InstalledService';
  /** When the service went live (billing start). */
  activationDate: Scalars['Date']['output'];
  /** Annual recurring charge. */
  arc: Scalars['Decimal']['output'];
  /** The bandwidth, when the product has bandwidths. */
  bandwidth?: Maybe<Bandwidth>;
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** When the link was installed. */
  installationDate: Scalars['Date']['output'];
  /** The order that installed it. */
  order: Order;
  /** One-time charge. */
  otc: Scalars['Decimal']['output'];
  /** The product. */
  product: Product;
  /** Human service number, unique: SRV-<year>-<6 digits>. */
  serviceNo: Scalars['String']['output'];
  /** ACTIVE (termination comes with its own flow). */
  status: Scalars['String']['output'];
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
  /** Why sales cancelled the lead; null unless CANCELLED. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When the lead was cancelled; null unless CANCELLED. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
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
  /** The user id of the lead's owner in CRM (its creator unless another was named). */
  crmOwnerId?: Maybe<Scalars['String']['output']>;
  /** The existing customer the lead is for (its code lists its details and installed services); null for a new customer. */
  customer?: Maybe<Customer>;
  /** Name of the prospective customer (person or company). */
  customerName: Scalars['String']['output'];
  /** The technical-feasibility verdicts given on the lead, one per BSO checked, oldest first. */
  feasibility: Array<LeadFeasibilityVerdict>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Human lead number, unique, numbered per calendar year (UTC): LEAD-<year>-<6 digits>, e.g. LEAD-2026-000123. */
  leadNo: Scalars['String']['output'];
  /** The orders entered for the lead (cancelled ones included), oldest first. */
  orders: Array<Order>;
  /** What the customer is interested in (product, bandwidth, ...), as free text, if given. */
  productInterest?: Maybe<Scalars['String']['output']>;
  /** How the sale is made. */
  salesMode: SalesMode;
  /** Where the lead came from, when recorded. */
  source?: Maybe<LeadSource>;
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

/** The technical verdict on one BSO's feasibility answer. */
export type LeadFeasibilityResult =
  /** The service can be delivered through this BSO. */
  | 'FEASIBLE'
  /** It cannot. */
  | 'NOT_FEASIBLE';

/** A technical-feasibility verdict on a lead for one BSO, as the feasibility subgraph reported it. */
export type LeadFeasibilityVerdict = {
  __typename?: 'LeadFeasibilityVerdict';
  /** The BSO checked. */
  bso: Bso;
  /** When the technical team decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** The BSO's monthly cost, when feasible. */
  mrcCost?: Maybe<Scalars['Decimal']['output']>;
  /** The BSO's one-time cost, when feasible. */
  otcCost?: Maybe<Scalars['Decimal']['output']>;
  /** The feasibility request the verdict was given on (an id of the feasibility subgraph's FeasibilityRequest). */
  requestId: Scalars['ID']['output'];
  /** The verdict. */
  result: LeadFeasibilityResult;
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

/** Where a lead came from. */
export type LeadSource =
  /** A marketing campaign. */
  | 'CAMPAIGN'
  /** A cold call. */
  | 'COLD_CALL'
  /** An existing customer wanting more (the default for a lead with a customer). */
  | 'EXISTING_CUSTOMER'
  /** Anything else. */
  | 'OTHER'
  /** Referred by someone. */
  | 'REFERRAL'
  /** A walk-in at a branch. */
  | 'WALK_IN'
  /** The website. */
  | 'WEBSITE';

/** Where a lead stands in the sales process. */
export type LeadState =
  /** Dropped by sales, with a reason (also at the order-entry step, which cancels its booked order). */
  | 'CANCELLED'
  /** An order was entered for it. */
  | 'CONVERTED'
  /** Captured and being worked by sales: not yet converted into an order, not cancelled. */
  | 'OPEN';

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the activation date of an installed order: the service goes live (publishes order.activated). */
  activateOrder: ActivateOrderPayload;
  /** Cancels a lead with a reason (at the order-entry step also its booked order). */
  cancelLead: CancelLeadPayload;
  /** Cancels a booked order or one in the rejected bin, with a reason. */
  cancelOrder: CancelOrderPayload;
  /** Claims an OPEN task of the caller's work queue. */
  claimTask: ClaimTaskPayload;
  /** Completes a task the caller claimed: the order moves on (provisioning → installation → installed). */
  completeTask: CompleteTaskPayload;
  /** Captures a new OPEN lead in a branch with a fresh lead number; publishes lead.created. */
  createLead: CreateLeadPayload;
  /**
   * Enters an order for a lead: booked (editable) or created (`submit: true`, locked and sent for approval at
   * once, publishing order.submitted). Publishes order.state_changed.
   */
  createOrder: CreateOrderPayload;
  /** Puts a task the caller claimed back into its queue. */
  releaseTask: ReleaseTaskPayload;
  /** Hands out a short-lived link to download a document of an order the caller reaches. */
  requestDocumentDownload: RequestDocumentDownloadPayload;
  /** Hands out a short-lived link to upload a document (e.g. the signed installation report) to an order. */
  requestDocumentUpload: RequestDocumentUploadPayload;
  /** Sends a booked order for approval, or a rejected one again (a new round); publishes order.submitted. */
  submitOrder: SubmitOrderPayload;
  /** Edits an OPEN lead's customer details, product interest, sales mode, source and CRM owner. */
  updateLead: UpdateLeadPayload;
  /** Edits a booked or rejected order; a created order is locked (ORDER_LOCKED). */
  updateOrder: UpdateOrderPayload;
};


export type MutationActivateOrderArgs = {
  input: ActivateOrderInput;
};


export type MutationCancelLeadArgs = {
  input: CancelLeadInput;
};


export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


export type MutationClaimTaskArgs = {
  input: TaskInput;
};


export type MutationCompleteTaskArgs = {
  input: CompleteTaskInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationReleaseTaskArgs = {
  input: TaskInput;
};


export type MutationRequestDocumentDownloadArgs = {
  input: RequestDocumentDownloadInput;
};


export type MutationRequestDocumentUploadArgs = {
  input: RequestDocumentUploadInput;
};


export type MutationSubmitOrderArgs = {
  input: SubmitOrderInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateOrderArgs = {
  input: UpdateOrderInput;
};

/**
 * A customer order running through its flow. Its details are editable while BOOKED or REJECTED and locked
 * otherwise; every move is in `history` and `timeline`; `nextActions` says what the caller may do next.
 */
export type Order = {
  __typename?: 'Order';
  /** The date the service went live (billing starts then). */
  activationDate?: Maybe<Scalars['Date']['output']>;
  /** Approval rounds so far: 1 after the first submission, one more for every resubmission. */
  approvalRound: Scalars['Int']['output'];
  /** Annual recurring charge, in `currency`; the amount the DOA approval matrix weighs. */
  arc: Scalars['Decimal']['output'];
  /** The bandwidth ordered, when the product has bandwidths. */
  bandwidth?: Maybe<Bandwidth>;
  /** The branch the order belongs to (its data scope). */
  branch: Branch;
  /** The city of the installation (installation-city rights apply to installation work). */
  city: City;
  /** Where the customer is mailed (the welcome letter goes there). */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** The customer's phone number. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** When the order was entered. */
  createdAt: Scalars['DateTime']['output'];
  /** Who entered it (the id of the sales user). */
  createdBy: Scalars['String']['output'];
  /** ISO 4217 currency of the amounts (INR). */
  currency: Scalars['String']['output'];
  /** The customer: set once the order went live (a new customer is created then). */
  customer?: Maybe<Customer>;
  /** The customer's name on the order. */
  customerName: Scalars['String']['output'];
  /** Discount off the list price, in percent. */
  discountPercent: Scalars['Decimal']['output'];
  /** The documents attached to the order (e.g. the customer-signed installation report). */
  documents: Array<OrderDocument>;
  /** True while the order's details may be edited (BOOKED, REJECTED). */
  editable: Scalars['Boolean']['output'];
  /** The version of the flow the order runs (it keeps the version it started with). */
  flowVersion: Scalars['Int']['output'];
  /** Every transition, oldest first; the first entry is the booking. */
  history: Array<OrderStateChange>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Where the link is installed. */
  installationAddress: Scalars['String']['output'];
  /** The date the link was installed. */
  installationDate?: Maybe<Scalars['Date']['output']>;
  /** The lead the order was entered for. */
  lead: Lead;
  /** What the caller may do next with the order. */
  nextActions: Array<OrderAction>;
  /** Human order number, unique: ORD-<year>-<6 digits>, counted per calendar year (UTC). */
  orderNo: Scalars['String']['output'];
  /** The kind of request. */
  orderType: OrderType;
  /** One-time charge, in `currency`. */
  otc: Scalars['Decimal']['output'];
  /** True when the order is past its current state's TAT budget. */
  overdue: Scalars['Boolean']['output'];
  /** The product ordered. */
  product: Product;
  /** Where the order stands. */
  state: OrderState;
  /** When the order entered its current state. */
  stateEnteredAt: Scalars['DateTime']['output'];
  /** The order's work-queue tasks, oldest first. */
  tasks: Array<WorkTask>;
  /** When the current state's TAT budget runs out; null in final states. */
  tatDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Each state the order was in, with who moved it there, and the time spent against the state's TAT budget. */
  timeline: Array<OrderTimelineEntry>;
};

/** What a user can do next with an order (`Order.nextActions`); the flow table decides, never the frontend. */
export type OrderAction =
  /** Set the activation date: the service goes live (activateOrder). */
  | 'ACTIVATE'
  /** Cancel a booked or rejected order (cancelOrder). */
  | 'CANCEL'
  /** Complete installation with the signed report and the installation date (completeTask on the installation task). */
  | 'COMPLETE_INSTALLATION'
  /** Complete provisioning (completeTask on the provisioning task). */
  | 'COMPLETE_PROVISIONING'
  /** Edit the order's details (updateOrder): while BOOKED or REJECTED. */
  | 'EDIT'
  /** Send a rejected order for approval again, as a new round (submitOrder). */
  | 'RESUBMIT'
  /** Send a booked order for approval (submitOrder). */
  | 'SUBMIT';

/** A page of orders, newest first, holding only orders in the caller's branch scope. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page. */
  edges: Array<OrderEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many orders in the caller's scope match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A document attached to an order. */
export type OrderDocument = {
  __typename?: 'OrderDocument';
  /** The content type, detected from the bytes (application/pdf, image/png, image/jpeg). */
  contentType: Scalars['String']['output'];
  /** Its type (masters). */
  documentType: DocumentType;
  /** The file name it was uploaded with (made safe). */
  fileName: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Hex SHA-256 of the bytes. */
  sha256: Scalars['String']['output'];
  /** Its size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** When it was uploaded. */
  uploadedAt: Scalars['DateTime']['output'];
  /** Who asked for the upload link. */
  uploadedBy: Scalars['String']['output'];
};

/** One order in a page of orders. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Narrows a list of orders. All given conditions must hold. */
export type OrderFilter = {
  /** Only orders of this branch. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders in this city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders entered at or after this instant. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only orders entered before this instant (exclusive). */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only orders of this lead. */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders of this type. */
  orderType?: InputMaybe<OrderType>;
  /** True: only orders past their current state's TAT budget; false: only those within it. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only orders in this state. */
  state?: InputMaybe<OrderState>;
};

/**
 * Where an order stands in its flow (the new-order flow: BOOKED → PENDING_APPROVAL → PROVISIONING →
 * INSTALLATION → INSTALLED → LIVE, with REJECTED and CANCELLED).
 */
export type OrderState =
  /** Saved by sales (a booked order): still editable, not yet sent for approval. */
  | 'BOOKED'
  /** Cancelled (from booked, or from the rejected bin). */
  | 'CANCELLED'
  /** Provisioned: with the installation team of the order's city. */
  | 'INSTALLATION'
  /** Installed at the customer's site (signed report and installation date recorded); waiting for activation. */
  | 'INSTALLED'
  /** Activated: the service is live and in the customer's installed base. */
  | 'LIVE'
  /** Created: locked, and waiting for the DOA approval. */
  | 'PENDING_APPROVAL'
  /** Approved: with the provisioning team of the order's branch and city. */
  | 'PROVISIONING'
  /** Rejected by an approver: in the rejected bin, editable again, to resubmit or cancel. */
  | 'REJECTED';

/** One transition of an order: who moved it from which state to which, when, and why. */
export type OrderStateChange = {
  __typename?: 'OrderStateChange';
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who (a user id; for APPROVE and REJECT the approver who decided). */
  changedBy: Scalars['String']['output'];
  /** Who, by display name as orders last heard it from masters; null when unknown (e.g. a system actor). */
  changedByName?: Maybe<Scalars['String']['output']>;
  /** The comment or reason given. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The state it left; null for the booking. */
  fromState?: Maybe<OrderState>;
  /** The state it entered. */
  toState: OrderState;
  /** The flow transition (BOOK, SUBMIT, APPROVE, REJECT, RESUBMIT, CANCEL, COMPLETE_PROVISIONING, ...). */
  transition: Scalars['String']['output'];
};

/** One state in an order's timeline, with the time spent in it against its TAT budget. */
export type OrderTimelineEntry = {
  __typename?: 'OrderTimelineEntry';
  /** The state's TAT budget in hours; null for final states. */
  budgetHours?: Maybe<Scalars['Int']['output']>;
  /** The comment or reason of the transition. */
  comment?: Maybe<Scalars['String']['output']>;
  /** When the order entered it. */
  enteredAt: Scalars['DateTime']['output'];
  /** Who moved the order into it (a user id). */
  enteredBy: Scalars['String']['output'];
  /** Who moved the order into it, by display name as orders last heard it from masters; null when unknown. */
  enteredByName?: Maybe<Scalars['String']['output']>;
  /** When the order left it; null while it is still there. */
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  /** Minutes spent in the state (until now while still in it). */
  minutesSpent: Scalars['Int']['output'];
  /** True when the time spent exceeds the budget. */
  overBudget: Scalars['Boolean']['output'];
  /** The state. */
  state: OrderState;
  /** The transition that entered it. */
  transition: Scalars['String']['output'];
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

/** A product sold in one category. Other subgraphs reference it by `id`. */
export type Product = {
  __typename?: 'Product';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One customer by id, or null when there is none or it is outside the caller's branch scope. */
  customer?: Maybe<Customer>;
  /** The customer with this customer code (e.g. CUST-2026-000001) with its details and installed services. */
  customerByCode?: Maybe<Customer>;
  /** One lead by id, or null when there is none or it is outside the caller's branch scope. */
  lead?: Maybe<Lead>;
  /** The leads in the caller's branch scope, newest first, with cursor pagination (`first` is capped at 100). */
  leads: LeadConnection;
  /** One order by id, or null when there is none or it is outside the caller's reach. */
  order?: Maybe<Order>;
  /** The orders in the caller's branch scope, newest first, with cursor pagination (`first` is capped at 100). */
  orders: OrderConnection;
  /**
   * Work-queue tasks the caller may work (their queues, branches and installation cities), newest first, with
   * cursor pagination (`first` is capped at 100).
   */
  workTasks: WorkTaskConnection;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByCodeArgs = {
  customerCode: Scalars['String']['input'];
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkTaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of releaseTask. */
export type ReleaseTaskPayload = {
  __typename?: 'ReleaseTaskPayload';
  /** Why nothing changed (INVALID_STATE, TASK_CLAIMED_BY_OTHER, FORBIDDEN, NOT_FOUND); empty on success. */
  errors: Array<UserError>;
  /** The task, OPEN again; null when refused. */
  task?: Maybe<WorkTask>;
};

/** Asks for a link to download a document. */
export type RequestDocumentDownloadInput = {
  /** The document (an OrderDocument id) of an order the caller reaches. */
  id: Scalars['ID']['input'];
};

/** The outcome of requestDocumentDownload. */
export type RequestDocumentDownloadPayload = {
  __typename?: 'RequestDocumentDownloadPayload';
  /** The link; null when refused. */
  download?: Maybe<DocumentDownloadLink>;
  /** Why no link (NOT_FOUND); empty on success. */
  errors: Array<UserError>;
};

/** Asks for a link to upload a document to an order. */
export type RequestDocumentUploadInput = {
  /** An active document type (masters): its allowed content types and size limit apply to the file. */
  documentTypeId: Scalars['ID']['input'];
  /** The file's name: 1–200 characters (paths and unusual characters are dropped). */
  fileName: Scalars['String']['input'];
  /** The order (not in a final state) the caller may attach documents to. */
  orderId: Scalars['ID']['input'];
};

/** The outcome of requestDocumentUpload. */
export type RequestDocumentUploadPayload = {
  __typename?: 'RequestDocumentUploadPayload';
  /** Why no link (NOT_FOUND, INVALID_STATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The link; null when refused. */
  upload?: Maybe<DocumentUploadLink>;
};

/** How a sale is made. */
export type SalesMode =
  /** Through a channel partner. */
  | 'CHANNEL_PARTNER'
  /** By the operator's own sales team. */
  | 'DIRECT'
  /** Online (self-service or web enquiry). */
  | 'ONLINE'
  /** By telephone sales. */
  | 'TELESALES';

/** Sends an order for approval. */
export type SubmitOrderInput = {
  /** Optional comment for the approvers, at most 1000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A BOOKED order (SUBMIT) or a REJECTED one (RESUBMIT, a new approval round). */
  id: Scalars['ID']['input'];
};

/** The outcome of submitOrder. */
export type SubmitOrderPayload = {
  __typename?: 'SubmitOrderPayload';
  /** Why nothing changed (INVALID_STATE, FORBIDDEN, NOT_FOUND); empty on success. */
  errors: Array<UserError>;
  /** The order, now PENDING_APPROVAL; null when refused. */
  order?: Maybe<Order>;
};

/** A task to claim or release. */
export type TaskInput = {
  /** The task. */
  id: Scalars['ID']['input'];
};

/** Where a work-queue task stands. */
export type TaskStatus =
  /** Cancelled with its order. */
  | 'CANCELLED'
  /** Claimed by a member, who may complete or release it. */
  | 'CLAIMED'
  /** Completed: the order moved on. */
  | 'DONE'
  /** Waiting for a member of the queue to claim it. */
  | 'OPEN';

/**
 * A team doing one kind of work (provisioning, installation, ...) for a branch; other services pick recipients and
 * work queues from it.
 */
export type Team = {
  __typename?: 'Team';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
};

/** Changes to an OPEN lead; omitted fields stay as they are (city and branch never change). */
export type UpdateLeadInput = {
  /** A valid e-mail address; blank clears it. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** 10–15 digits with an optional leading +; blank clears it. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** The CRM owner's user id; blank gives the lead back to its creator. */
  crmOwnerId?: InputMaybe<Scalars['String']['input']>;
  /** 2–200 characters. */
  customerName?: InputMaybe<Scalars['String']['input']>;
  /** The lead. */
  id: Scalars['ID']['input'];
  /** At most 200 characters; blank clears it. */
  productInterest?: InputMaybe<Scalars['String']['input']>;
  /** How the sale is made. */
  salesMode?: InputMaybe<SalesMode>;
  /** Where the lead came from. */
  source?: InputMaybe<LeadSource>;
};

/** The outcome of updateLead. */
export type UpdateLeadPayload = {
  __typename?: 'UpdateLeadPayload';
  /** Why nothing changed (VALIDATION_FAILED, NOT_FOUND, INVALID_STATE once converted or cancelled); empty on success. */
  errors: Array<UserError>;
  /** The lead as it is now; null when refused. */
  lead?: Maybe<Lead>;
};

/** Changes to a booked or rejected order's details; omitted fields stay as they are. */
export type UpdateOrderInput = {
  /** ≥ 0 with at most 2 decimals. */
  arc?: InputMaybe<Scalars['Decimal']['input']>;
  /** A bandwidth the product offers. */
  bandwidthId?: InputMaybe<Scalars['ID']['input']>;
  /** A valid e-mail address; blank clears it. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** 10–15 digits with an optional leading +; blank clears it. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 2–200 characters. */
  customerName?: InputMaybe<Scalars['String']['input']>;
  /** 0–100 with at most 2 decimals. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** The order. */
  id: Scalars['ID']['input'];
  /** 5–500 characters. */
  installationAddress?: InputMaybe<Scalars['String']['input']>;
  /** ≥ 0 with at most 2 decimals. */
  otc?: InputMaybe<Scalars['Decimal']['input']>;
  /** An active product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
};

/** The outcome of updateOrder. */
export type UpdateOrderPayload = {
  __typename?: 'UpdateOrderPayload';
  /** Why nothing changed (ORDER_LOCKED once created, VALIDATION_FAILED, NOT_FOUND, FORBIDDEN, ...); empty on success. */
  errors: Array<UserError>;
  /** The order as it is now; null when refused. */
  order?: Maybe<Order>;
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

/** A work queue: the kind of team whose members do a task. */
export type WorkQueue =
  /** The installation team of the order's city (installation-city rights apply). */
  | 'INSTALLATION'
  /** The provisioning team of the order's branch and city. */
  | 'PROVISIONING';

/**
 * A manual step of an order waiting in a team's work queue: claim it, release it, or complete it (which
 * moves the order on, e.g. provisioning → installation).
 */
export type WorkTask = {
  __typename?: 'WorkTask';
  /** What completing the task does to the order. */
  action: OrderAction;
  /** The order's branch. */
  branch: Branch;
  /** The order's city. */
  city: City;
  /** When it was claimed. */
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who claimed it. */
  claimedBy?: Maybe<Scalars['String']['output']>;
  /** When it was completed or cancelled. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who completed it. */
  completedBy?: Maybe<Scalars['String']['output']>;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** When it is due (its state's TAT budget). */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The order the task belongs to. */
  order: Order;
  /** True when it is still to do and past due. */
  overdue: Scalars['Boolean']['output'];
  /** The work queue. */
  queue: WorkQueue;
  /** Where the task stands. */
  status: TaskStatus;
  /** The team the task was routed to (by branch and city); null when masters has no such team yet. */
  team?: Maybe<Team>;
};

/** A page of work-queue tasks, newest first, holding only tasks the caller's scope reaches. */
export type WorkTaskConnection = {
  __typename?: 'WorkTaskConnection';
  /** The tasks of this page. */
  edges: Array<WorkTaskEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many tasks match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One task in a page of tasks. */
export type WorkTaskEdge = {
  __typename?: 'WorkTaskEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: WorkTask;
};

/** Narrows a list of tasks. All given conditions must hold. */
export type WorkTaskFilter = {
  /** Only tasks claimed by this user id. */
  claimedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks of this order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** True: only tasks still to do and past due. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tasks of this queue. */
  queue?: InputMaybe<WorkQueue>;
  /** Only tasks in this status. */
  status?: InputMaybe<TaskStatus>;
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
  Customer: Customer;
  Lead: Lead;
  Order: Order;
  WorkTask: WorkTask;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  WorkTask:
    ( { __typename: 'WorkTask' }
    & GraphQLRecursivePick<FederationTypes['WorkTask'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivateOrderInput: ActivateOrderInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivateOrderPayload: ResolverTypeWrapper<Omit<ActivateOrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  Bandwidth: ResolverTypeWrapper<Bandwidth>;
  Branch: ResolverTypeWrapper<Branch>;
  Bso: ResolverTypeWrapper<Bso>;
  CancelLeadInput: CancelLeadInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CancelLeadPayload: ResolverTypeWrapper<Omit<CancelLeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  CancelOrderInput: CancelOrderInput;
  CancelOrderPayload: ResolverTypeWrapper<Omit<CancelOrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  City: ResolverTypeWrapper<City>;
  ClaimTaskPayload: ResolverTypeWrapper<Omit<ClaimTaskPayload, 'task'> & { task?: Maybe<ResolversTypes['WorkTask']> }>;
  CompleteTaskInput: CompleteTaskInput;
  CompleteTaskPayload: ResolverTypeWrapper<Omit<CompleteTaskPayload, 'task'> & { task?: Maybe<ResolversTypes['WorkTask']> }>;
  CreateLeadInput: CreateLeadInput;
  CreateLeadPayload: ResolverTypeWrapper<Omit<CreateLeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  CreateOrderInput: CreateOrderInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateOrderPayload: ResolverTypeWrapper<Omit<CreateOrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DocumentDownloadLink: ResolverTypeWrapper<FileLinkModel>;
  DocumentType: ResolverTypeWrapper<DocumentType>;
  DocumentUploadLink: ResolverTypeWrapper<UploadLinkModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InstalledService: ResolverTypeWrapper<InstalledServiceModel>;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFeasibilityResult: LeadFeasibilityResult;
  LeadFeasibilityVerdict: ResolverTypeWrapper<LeadFeasibilityModel>;
  LeadFilter: LeadFilter;
  LeadSource: LeadSource;
  LeadState: LeadState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderAction: OrderAction;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderDocument: ResolverTypeWrapper<OrderDocumentModel>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderState: OrderState;
  OrderStateChange: ResolverTypeWrapper<OrderStateChangeModel>;
  OrderTimelineEntry: ResolverTypeWrapper<TimelineEntryModel>;
  OrderType: OrderType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<Product>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReleaseTaskPayload: ResolverTypeWrapper<Omit<ReleaseTaskPayload, 'task'> & { task?: Maybe<ResolversTypes['WorkTask']> }>;
  RequestDocumentDownloadInput: RequestDocumentDownloadInput;
  RequestDocumentDownloadPayload: ResolverTypeWrapper<Omit<RequestDocumentDownloadPayload, 'download'> & { download?: Maybe<ResolversTypes['DocumentDownloadLink']> }>;
  RequestDocumentUploadInput: RequestDocumentUploadInput;
  RequestDocumentUploadPayload: ResolverTypeWrapper<Omit<RequestDocumentUploadPayload, 'upload'> & { upload?: Maybe<ResolversTypes['DocumentUploadLink']> }>;
  SalesMode: SalesMode;
  SubmitOrderInput: SubmitOrderInput;
  SubmitOrderPayload: ResolverTypeWrapper<Omit<SubmitOrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  TaskInput: TaskInput;
  TaskStatus: TaskStatus;
  Team: ResolverTypeWrapper<Team>;
  UpdateLeadInput: UpdateLeadInput;
  UpdateLeadPayload: ResolverTypeWrapper<Omit<UpdateLeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  UpdateOrderInput: UpdateOrderInput;
  UpdateOrderPayload: ResolverTypeWrapper<Omit<UpdateOrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  WorkQueue: WorkQueue;
  WorkTask: ResolverTypeWrapper<WorkTaskModel>;
  WorkTaskConnection: ResolverTypeWrapper<Omit<WorkTaskConnection, 'edges'> & { edges: Array<ResolversTypes['WorkTaskEdge']> }>;
  WorkTaskEdge: ResolverTypeWrapper<Omit<WorkTaskEdge, 'node'> & { node: ResolversTypes['WorkTask'] }>;
  WorkTaskFilter: WorkTaskFilter;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivateOrderInput: ActivateOrderInput;
  ID: Scalars['ID']['output'];
  ActivateOrderPayload: Omit<ActivateOrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  Bandwidth: Bandwidth;
  Branch: Branch;
  Bso: Bso;
  CancelLeadInput: CancelLeadInput;
  String: Scalars['String']['output'];
  CancelLeadPayload: Omit<CancelLeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  CancelOrderInput: CancelOrderInput;
  CancelOrderPayload: Omit<CancelOrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  City: City;
  ClaimTaskPayload: Omit<ClaimTaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['WorkTask']> };
  CompleteTaskInput: CompleteTaskInput;
  CompleteTaskPayload: Omit<CompleteTaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['WorkTask']> };
  CreateLeadInput: CreateLeadInput;
  CreateLeadPayload: Omit<CreateLeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  CreateOrderInput: CreateOrderInput;
  Boolean: Scalars['Boolean']['output'];
  CreateOrderPayload: Omit<CreateOrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  Customer: CustomerModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DocumentDownloadLink: FileLinkModel;
  DocumentType: DocumentType;
  DocumentUploadLink: UploadLinkModel;
  Int: Scalars['Int']['output'];
  InstalledService: InstalledServiceModel;
  Lead: LeadModel;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFeasibilityVerdict: LeadFeasibilityModel;
  LeadFilter: LeadFilter;
  Mutation: Record<PropertyKey, never>;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderDocument: OrderDocumentModel;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderStateChange: OrderStateChangeModel;
  OrderTimelineEntry: TimelineEntryModel;
  PageInfo: PageInfo;
  Product: Product;
  Query: Record<PropertyKey, never>;
  ReleaseTaskPayload: Omit<ReleaseTaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['WorkTask']> };
  RequestDocumentDownloadInput: RequestDocumentDownloadInput;
  RequestDocumentDownloadPayload: Omit<RequestDocumentDownloadPayload, 'download'> & { download?: Maybe<ResolversParentTypes['DocumentDownloadLink']> };
  RequestDocumentUploadInput: RequestDocumentUploadInput;
  RequestDocumentUploadPayload: Omit<RequestDocumentUploadPayload, 'upload'> & { upload?: Maybe<ResolversParentTypes['DocumentUploadLink']> };
  SubmitOrderInput: SubmitOrderInput;
  SubmitOrderPayload: Omit<SubmitOrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  TaskInput: TaskInput;
  Team: Team;
  UpdateLeadInput: UpdateLeadInput;
  UpdateLeadPayload: Omit<UpdateLeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  UpdateOrderInput: UpdateOrderInput;
  UpdateOrderPayload: Omit<UpdateOrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  UserError: UserError;
  WorkTask: WorkTaskModel;
  WorkTaskConnection: Omit<WorkTaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkTaskEdge']> };
  WorkTaskEdge: Omit<WorkTaskEdge, 'node'> & { node: ResolversParentTypes['WorkTask'] };
  WorkTaskFilter: WorkTaskFilter;
}>;

export type ActivateOrderPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ActivateOrderPayload'] = ResolversParentTypes['ActivateOrderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type BandwidthResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Bandwidth'] = ResolversParentTypes['Bandwidth']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type BranchResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type BsoResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Bso'] = ResolversParentTypes['Bso']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CancelLeadPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CancelLeadPayload'] = ResolversParentTypes['CancelLeadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
}>;

export type CancelOrderPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CancelOrderPayload'] = ResolversParentTypes['CancelOrderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type CityResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ClaimTaskPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ClaimTaskPayload'] = ResolversParentTypes['ClaimTaskPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['WorkTask']>, ParentType, ContextType>;
}>;

export type CompleteTaskPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CompleteTaskPayload'] = ResolversParentTypes['CompleteTaskPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['WorkTask']>, ParentType, ContextType>;
}>;

export type CreateLeadPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CreateLeadPayload'] = ResolversParentTypes['CreateLeadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
}>;

export type CreateOrderPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CreateOrderPayload'] = ResolversParentTypes['CreateOrderPayload']> = ResolversObject<{
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installedServices?: Resolver<Array<ResolversTypes['InstalledService']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DocumentDownloadLinkResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['DocumentDownloadLink'] = ResolversParentTypes['DocumentDownloadLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DocumentTypeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['DocumentType'] = ResolversParentTypes['DocumentType']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DocumentUploadLinkResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['DocumentUploadLink'] = ResolversParentTypes['DocumentUploadLink']> = ResolversObject<{
  allowedContentTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maxSizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InstalledServiceResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['InstalledService'] = ResolversParentTypes['InstalledService']> = ResolversObject<{
  activationDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  arc?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  bandwidth?: Resolver<Maybe<ResolversTypes['Bandwidth']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installationDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  otc?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  serviceNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LeadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  crmOwnerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feasibility?: Resolver<Array<ResolversTypes['LeadFeasibilityVerdict']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  productInterest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  salesMode?: Resolver<ResolversTypes['SalesMode'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['LeadSource']>, ParentType, ContextType>;
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

export type LeadFeasibilityVerdictResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['LeadFeasibilityVerdict'] = ResolversParentTypes['LeadFeasibilityVerdict']> = ResolversObject<{
  bso?: Resolver<ResolversTypes['Bso'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mrcCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  otcCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['LeadFeasibilityResult'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activateOrder?: Resolver<ResolversTypes['ActivateOrderPayload'], ParentType, ContextType, RequireFields<MutationActivateOrderArgs, 'input'>>;
  cancelLead?: Resolver<ResolversTypes['CancelLeadPayload'], ParentType, ContextType, RequireFields<MutationCancelLeadArgs, 'input'>>;
  cancelOrder?: Resolver<ResolversTypes['CancelOrderPayload'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'input'>>;
  claimTask?: Resolver<ResolversTypes['ClaimTaskPayload'], ParentType, ContextType, RequireFields<MutationClaimTaskArgs, 'input'>>;
  completeTask?: Resolver<ResolversTypes['CompleteTaskPayload'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'input'>>;
  createLead?: Resolver<ResolversTypes['CreateLeadPayload'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createOrder?: Resolver<ResolversTypes['CreateOrderPayload'], ParentType, ContextType, RequireFields<MutationCreateOrderArgs, 'input'>>;
  releaseTask?: Resolver<ResolversTypes['ReleaseTaskPayload'], ParentType, ContextType, RequireFields<MutationReleaseTaskArgs, 'input'>>;
  requestDocumentDownload?: Resolver<ResolversTypes['RequestDocumentDownloadPayload'], ParentType, ContextType, RequireFields<MutationRequestDocumentDownloadArgs, 'input'>>;
  requestDocumentUpload?: Resolver<ResolversTypes['RequestDocumentUploadPayload'], ParentType, ContextType, RequireFields<MutationRequestDocumentUploadArgs, 'input'>>;
  submitOrder?: Resolver<ResolversTypes['SubmitOrderPayload'], ParentType, ContextType, RequireFields<MutationSubmitOrderArgs, 'input'>>;
  updateLead?: Resolver<ResolversTypes['UpdateLeadPayload'], ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'input'>>;
  updateOrder?: Resolver<ResolversTypes['UpdateOrderPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrderArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  approvalRound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  arc?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  bandwidth?: Resolver<Maybe<ResolversTypes['Bandwidth']>, ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['OrderDocument']>, ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flowVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OrderStateChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installationAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  installationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  nextActions?: Resolver<Array<ResolversTypes['OrderAction']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderType?: Resolver<ResolversTypes['OrderType'], ParentType, ContextType>;
  otc?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['OrderState'], ParentType, ContextType>;
  stateEnteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['WorkTask']>, ParentType, ContextType>;
  tatDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['OrderTimelineEntry']>, ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderDocumentResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderDocument'] = ResolversParentTypes['OrderDocument']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentType?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderStateChangeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderStateChange'] = ResolversParentTypes['OrderStateChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['OrderState']>, ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['OrderState'], ParentType, ContextType>;
  transition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderTimelineEntryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderTimelineEntry'] = ResolversParentTypes['OrderTimelineEntry']> = ResolversObject<{
  budgetHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enteredByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leftAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minutesSpent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overBudget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['OrderState'], ParentType, ContextType>;
  transition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerByCode?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerByCodeArgs, 'customerCode'>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QueryOrdersArgs>>;
  workTasks?: Resolver<ResolversTypes['WorkTaskConnection'], ParentType, ContextType, Partial<QueryWorkTasksArgs>>;
}>;

export type ReleaseTaskPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReleaseTaskPayload'] = ResolversParentTypes['ReleaseTaskPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['WorkTask']>, ParentType, ContextType>;
}>;

export type RequestDocumentDownloadPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RequestDocumentDownloadPayload'] = ResolversParentTypes['RequestDocumentDownloadPayload']> = ResolversObject<{
  download?: Resolver<Maybe<ResolversTypes['DocumentDownloadLink']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RequestDocumentUploadPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RequestDocumentUploadPayload'] = ResolversParentTypes['RequestDocumentUploadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  upload?: Resolver<Maybe<ResolversTypes['DocumentUploadLink']>, ParentType, ContextType>;
}>;

export type SubmitOrderPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SubmitOrderPayload'] = ResolversParentTypes['SubmitOrderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UpdateLeadPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UpdateLeadPayload'] = ResolversParentTypes['UpdateLeadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
}>;

export type UpdateOrderPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UpdateOrderPayload'] = ResolversParentTypes['UpdateOrderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkTaskResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['WorkTask'] = ResolversParentTypes['WorkTask'], FederationReferenceType extends FederationReferenceTypes['WorkTask'] = FederationReferenceTypes['WorkTask']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkTask']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<ResolversTypes['OrderAction'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  claimedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['WorkQueue'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type WorkTaskConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['WorkTaskConnection'] = ResolversParentTypes['WorkTaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkTaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkTaskEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['WorkTaskEdge'] = ResolversParentTypes['WorkTaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkTask'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  ActivateOrderPayload?: ActivateOrderPayloadResolvers<ContextType>;
  Bandwidth?: BandwidthResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  Bso?: BsoResolvers<ContextType>;
  CancelLeadPayload?: CancelLeadPayloadResolvers<ContextType>;
  CancelOrderPayload?: CancelOrderPayloadResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  ClaimTaskPayload?: ClaimTaskPayloadResolvers<ContextType>;
  CompleteTaskPayload?: CompleteTaskPayloadResolvers<ContextType>;
  CreateLeadPayload?: CreateLeadPayloadResolvers<ContextType>;
  CreateOrderPayload?: CreateOrderPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DocumentDownloadLink?: DocumentDownloadLinkResolvers<ContextType>;
  DocumentType?: DocumentTypeResolvers<ContextType>;
  DocumentUploadLink?: DocumentUploadLinkResolvers<ContextType>;
  InstalledService?: InstalledServiceResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadFeasibilityVerdict?: LeadFeasibilityVerdictResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderDocument?: OrderDocumentResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderStateChange?: OrderStateChangeResolvers<ContextType>;
  OrderTimelineEntry?: OrderTimelineEntryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReleaseTaskPayload?: ReleaseTaskPayloadResolvers<ContextType>;
  RequestDocumentDownloadPayload?: RequestDocumentDownloadPayloadResolvers<ContextType>;
  RequestDocumentUploadPayload?: RequestDocumentUploadPayloadResolvers<ContextType>;
  SubmitOrderPayload?: SubmitOrderPayloadResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  UpdateLeadPayload?: UpdateLeadPayloadResolvers<ContextType>;
  UpdateOrderPayload?: UpdateOrderPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WorkTask?: WorkTaskResolvers<ContextType>;
  WorkTaskConnection?: WorkTaskConnectionResolvers<ContextType>;
  WorkTaskEdge?: WorkTaskEdgeResolvers<ContextType>;
}>;

