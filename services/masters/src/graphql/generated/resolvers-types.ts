import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AuditEntry as AuditEntryModel } from '../../domain/audit';
import { State as StateModel, City as CityModel } from '../../domain/geography';
import { Zone as ZoneModel, Branch as BranchModel } from '../../domain/organisation';
import { ProductCategory as ProductCategoryModel, Product as ProductModel, Bandwidth as BandwidthModel } from '../../domain/catalogue';
import { Bso as BsoModel, BsoCitySetting as BsoCitySettingModel, BsoMailSetting as BsoMailSettingModel } from '../../domain/bso';
import { ReferenceItem as ReferenceItemModel } from '../../domain/reference-lists';
import { DocumentType as DocumentTypeModel } from '../../domain/document-types';
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

/** Who made a change: a user, a partner account, or the system. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The user's id (or `system`). */
  id: Scalars['ID']['output'];
  /** USER, PARTNER or SYSTEM. */
  kind: Scalars['String']['output'];
  /** The user's name at the time, when known. */
  name?: Maybe<Scalars['String']['output']>;
};

/** One control-panel change: who, when, what, and the record before and after it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened: the event that announced it, e.g. `zone.updated`. */
  action: Scalars['String']['output'];
  actor: AuditActor;
  /** The record after the change as JSON text. */
  after: Scalars['String']['output'];
  /** The record before the change as JSON text; null for a creation. */
  before?: Maybe<Scalars['String']['output']>;
  /** The fields that changed. */
  changes: Array<AuditFieldChange>;
  /** The request that made it (the x-correlation-id), to find its log lines and events. */
  correlationId: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  /** The kind of record, e.g. Zone, User, BsoCitySetting. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the change was committed. */
  occurredAt: Scalars['DateTime']['output'];
};

/** A page of the audit trail, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One audit entry in a page. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Narrows the audit trail; every field is optional. */
export type AuditEntryFilter = {
  /** Only this action, e.g. user.updated. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only changes made by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes of this record (with entityType). */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes of this kind of record, e.g. Zone. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Only changes at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only changes before this instant (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One field a change touched, with its values before and after as JSON text. */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  /** JSON of the value after (null when the change removed it). */
  after?: Maybe<Scalars['String']['output']>;
  /** JSON of the value before (null when the field was not set). */
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/**
 * What a sign-in or a renewal hands the client: a short-lived access token to send as
 * `Authorization: Bearer <accessToken>`, and a refresh token to get the next one with `refreshSession`.
 */
export type AuthTokens = {
  __typename?: 'AuthTokens';
  /** A signed JWT, valid for at most 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** When the access token stops being accepted. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** An opaque one-time token: each renewal spends it and returns the next one. Keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** When the session ends and a new sign-in is needed. */
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  /** Always `Bearer`. */
  tokenType: Scalars['String']['output'];
};

/** A bandwidth products are sold at. `rank` orders upgrades and downgrades. Other subgraphs reference it by `id`. */
export type Bandwidth = {
  __typename?: 'Bandwidth';
  /** False once the bandwidth is deactivated. An inactive bandwidth stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** When the bandwidth was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the bandwidth was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** How it reads to people, e.g. "100 Mbps". */
  label: Scalars['String']['output'];
  /** Unique among bandwidths; higher means more. Upgrade/downgrade rules compare ranks. */
  rank: Scalars['Int']['output'];
  /** The unit of `value`; never changes. */
  unit: BandwidthUnit;
  /** When the rank was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The amount, a positive whole number in `unit`; never changes. */
  value: Scalars['Int']['output'];
};

/** A page of bandwidths, in rank order (lowest first). */
export type BandwidthConnection = {
  __typename?: 'BandwidthConnection';
  /** The bandwidths of this page. */
  edges: Array<BandwidthEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many bandwidths match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One bandwidth in a page of bandwidths. */
export type BandwidthEdge = {
  __typename?: 'BandwidthEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The bandwidth. */
  node: Bandwidth;
};

/** Narrows a list of bandwidths. */
export type BandwidthFilter = {
  /** Only active (true) or only inactive (false) bandwidths; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The unit a bandwidth is expressed in. */
export type BandwidthUnit =
  /** Gigabits per second. */
  | 'GBPS'
  /** Kilobits per second. */
  | 'KBPS'
  /** Megabits per second. */
  | 'MBPS';

/** A branch office in a zone, serving one or more cities. Other subgraphs reference it by `id`. */
export type Branch = {
  __typename?: 'Branch';
  /** False once the branch is deactivated. An inactive branch stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** The cities the branch serves (at least one). */
  cities: Array<City>;
  /** Short unique code, upper case (e.g. PUNE_01); never changes. */
  code: Scalars['String']['output'];
  /** When the branch was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the branch was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the branch was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The zone the branch belongs to. */
  zone: Zone;
};

/** A page of branches, newest first. */
export type BranchConnection = {
  __typename?: 'BranchConnection';
  /** The branches of this page. */
  edges: Array<BranchEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many branches match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One branch in a page of branches. */
export type BranchEdge = {
  __typename?: 'BranchEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The branch. */
  node: Branch;
};

/** Narrows a list of branches. */
export type BranchFilter = {
  /** Only active (true) or only inactive (false) branches; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only branches that serve this city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only branches of this zone. */
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A BSO: the partner last-mile operator that carries the link to the customer's site in a city and answers
 * feasibility requests. Other subgraphs reference it by `id`.
 */
export type Bso = {
  __typename?: 'Bso';
  /** False once the BSO is deactivated. An inactive BSO stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** The cities the BSO is set up for (active and inactive settings), oldest first. */
  citySettings: Array<BsoCitySetting>;
  /** Short unique code, upper case (e.g. AIRLINK); never changes. */
  code: Scalars['String']['output'];
  /** Whom to talk to at the BSO (at least one). */
  contacts: Array<BsoContact>;
  /** When the BSO was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the BSO was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The mail setting feasibility mails to this BSO use: its own, else the default; null when neither exists. */
  effectiveMailSetting?: Maybe<BsoMailSetting>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The BSO's own mail setting; null when it has none (then `effectiveMailSetting` is the default). */
  mailSetting?: Maybe<BsoMailSetting>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the BSO was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * How one BSO is asked for feasibility in one city: who gets the request mail and the TAT it is held to.
 * At most one active setting per BSO and city; an active setting always has an active BSO and city.
 */
export type BsoCitySetting = {
  __typename?: 'BsoCitySetting';
  /** False once the setting is deactivated (the BSO no longer serves the city). */
  active: Scalars['Boolean']['output'];
  /** The BSO; never changes. */
  bso: Bso;
  /** Addresses copied on the feasibility mail (none of them also in `to`). */
  cc: Array<Scalars['String']['output']>;
  /** The city; never changes. */
  city: City;
  /** When the setting was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the setting was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The feasibility TAT the BSO is held to in this city, in hours (1–720). */
  tatHours: Scalars['Int']['output'];
  /** Recipients of the feasibility mail (at least one). */
  to: Array<Scalars['String']['output']>;
  /** When recipients or TAT were last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of BSO city settings, newest first. */
export type BsoCitySettingConnection = {
  __typename?: 'BsoCitySettingConnection';
  /** The BSO city settings of this page. */
  edges: Array<BsoCitySettingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many BSO city settings match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One BSO city setting in a page of them. */
export type BsoCitySettingEdge = {
  __typename?: 'BsoCitySettingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The BSO city setting. */
  node: BsoCitySetting;
};

/** Narrows a list of BSO city settings. `{ cityId: X, active: true }` answers "which BSOs serve city X". */
export type BsoCitySettingFilter = {
  /** Only active (true) or only inactive (false) settings; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only settings of this BSO. */
  bsoId?: InputMaybe<Scalars['ID']['input']>;
  /** Only settings for this city. */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches the BSO's or city's code or name, or a recipient's address, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of BSOs, newest first. */
export type BsoConnection = {
  __typename?: 'BsoConnection';
  /** The BSOs of this page. */
  edges: Array<BsoEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many BSOs match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A person at a BSO. */
export type BsoContact = {
  __typename?: 'BsoContact';
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number, as entered (digits, spaces, -, ( ), leading +). */
  phone: Scalars['String']['output'];
  /** What the person does for us (e.g. "Feasibility desk"); null when not given. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A person at a BSO. */
export type BsoContactInput = {
  /** A valid e-mail address. */
  email: Scalars['String']['input'];
  /** Full name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** Phone number: 6–15 digits, with spaces, -, ( ) or a leading + only. */
  phone: Scalars['String']['input'];
  /** What the person does for us, at most 100 characters. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** One BSO in a page of BSOs. */
export type BsoEdge = {
  __typename?: 'BsoEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The BSO. */
  node: Bso;
};

/** Narrows a list of BSOs. */
export type BsoFilter = {
  /** Only active (true) or only inactive (false) BSOs; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * How feasibility mails to a BSO look: sender, and plain-text subject and body templates with `{{placeholder}}`
 * variables (see `bsoMailPlaceholders`). One per BSO, plus one default (no BSO) for BSOs without their own.
 */
export type BsoMailSetting = {
  __typename?: 'BsoMailSetting';
  /** The body template (plain text). */
  bodyTemplate: Scalars['String']['output'];
  /** The BSO it is for; null for the default setting. Never changes. */
  bso?: Maybe<Bso>;
  /** When the setting was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** True for the default setting used by every BSO without its own. */
  isDefault: Scalars['Boolean']['output'];
  /** The sender's e-mail address. */
  senderEmail: Scalars['String']['output'];
  /** The sender's display name. */
  senderName: Scalars['String']['output'];
  /** The subject template: one line, at most 200 characters. */
  subjectTemplate: Scalars['String']['output'];
  /** When the setting was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of BSO mail settings, newest first. */
export type BsoMailSettingConnection = {
  __typename?: 'BsoMailSettingConnection';
  /** The BSO mail settings of this page. */
  edges: Array<BsoMailSettingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many BSO mail settings match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One BSO mail setting in a page of them. */
export type BsoMailSettingEdge = {
  __typename?: 'BsoMailSettingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The BSO mail setting. */
  node: BsoMailSetting;
};

/** Narrows a list of BSO mail settings. */
export type BsoMailSettingFilter = {
  /** Only the setting of this BSO. */
  bsoId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the default (true) or only BSOs' own settings (false); both when omitted. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches the sender's name or address, the subject template, or the BSO's code or name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The current password and the new one. */
export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** 12–128 characters mixing at least three of: lower case, upper case, digits, symbols. */
  newPassword: Scalars['String']['input'];
};

/** The outcome of changePassword. */
export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** True once the password has changed; every other session of the user has then ended. */
  changed: Scalars['Boolean']['output'];
  errors: Array<UserError>;
};

/** How a price component is charged. */
export type ChargeType =
  /** Charged once (e.g. OTC). */
  | 'ONE_TIME'
  /** Charged every billing period (e.g. MRC, ARC). */
  | 'RECURRING';

/** A city where services are sold and installed. Other subgraphs reference it by `id`. */
export type City = {
  __typename?: 'City';
  /** False once the city is deactivated. An inactive city stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** The branches that serve this city (active and inactive), by name. */
  branches: Array<Branch>;
  /** The BSO settings for this city (active and inactive), oldest first; the active ones name the BSOs that serve it. */
  bsoSettings: Array<BsoCitySetting>;
  /** Short unique code, upper case (e.g. PUNE). */
  code: Scalars['String']['output'];
  /** When the city was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the city was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The state the city is in. */
  state: State;
  /** When the city was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
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
  /** Only active (true) or only inactive (false) cities; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only cities of this state. */
  stateId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a new bandwidth needs. */
export type CreateBandwidthInput = {
  /** Its rank, unique among bandwidths (higher = more). */
  rank: Scalars['Int']['input'];
  /** The unit of `value`. */
  unit: BandwidthUnit;
  /** The amount, a positive whole number; unique together with `unit`. */
  value: Scalars['Int']['input'];
};

/** The outcome of createBandwidth. */
export type CreateBandwidthPayload = {
  __typename?: 'CreateBandwidthPayload';
  /** The new bandwidth, when created. */
  bandwidth?: Maybe<Bandwidth>;
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE); empty on success. */
  errors: Array<UserError>;
};

/** What a new branch needs. */
export type CreateBranchInput = {
  /** The active cities it serves: at least one; repeats are ignored. */
  cityIds: Array<Scalars['ID']['input']>;
  /** Unique code: 2–20 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** The active zone it belongs to. */
  zoneId: Scalars['ID']['input'];
};

/** The outcome of createBranch. */
export type CreateBranchPayload = {
  __typename?: 'CreateBranchPayload';
  /** The new branch, when created. */
  branch?: Maybe<Branch>;
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
};

/** What a new BSO city setting needs. */
export type CreateBsoCitySettingInput = {
  /** The active BSO. */
  bsoId: Scalars['ID']['input'];
  /** Addresses copied on it: up to 50 valid addresses; repeats and addresses already in `to` are ignored. */
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The active city; the BSO must not already have an active setting for it. */
  cityId: Scalars['ID']['input'];
  /** The feasibility TAT in hours, 1–720. */
  tatHours: Scalars['Int']['input'];
  /** Recipients of the feasibility mail: 1–50 valid addresses; repeats are ignored. */
  to: Array<Scalars['String']['input']>;
};

/** The outcome of createBsoCitySetting. */
export type CreateBsoCitySettingPayload = {
  __typename?: 'CreateBsoCitySettingPayload';
  /** The new setting, when created. */
  bsoCitySetting?: Maybe<BsoCitySetting>;
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
};

/** What a new BSO needs. */
export type CreateBsoInput = {
  /** Unique code: 2–20 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Its contacts: 1–20. */
  contacts: Array<BsoContactInput>;
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** What a new BSO mail setting needs. */
export type CreateBsoMailSettingInput = {
  /** Body template: plain text, not blank, at most 20000 characters, only known {{placeholders}}. */
  bodyTemplate: Scalars['String']['input'];
  /** The active BSO it is for (one setting per BSO); omit it (or null) for the default setting. */
  bsoId?: InputMaybe<Scalars['ID']['input']>;
  /** The sender's e-mail address. */
  senderEmail: Scalars['String']['input'];
  /** The sender's display name, 2–100 characters. */
  senderName: Scalars['String']['input'];
  /** Subject template: one line, 1–200 characters, only known {{placeholders}}. */
  subjectTemplate: Scalars['String']['input'];
};

/** The outcome of createBsoMailSetting. */
export type CreateBsoMailSettingPayload = {
  __typename?: 'CreateBsoMailSettingPayload';
  /** The new mail setting, when created. */
  bsoMailSetting?: Maybe<BsoMailSetting>;
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
};

/** The outcome of createBso. */
export type CreateBsoPayload = {
  __typename?: 'CreateBsoPayload';
  /** The new BSO, when created. */
  bso?: Maybe<Bso>;
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE); empty on success. */
  errors: Array<UserError>;
};

/** What a new city needs. */
export type CreateCityInput = {
  /** Unique code: 2–20 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** The active state it belongs to. */
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

/** What a new document type needs. */
export type CreateDocumentTypeInput = {
  /** The MIME types an upload may have: 1–20, each like application/pdf; stored lower case; repeats are ignored. */
  allowedContentTypes: Array<Scalars['String']['input']>;
  /** Unique code: 2–30 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Longer explanation, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The largest upload accepted, in bytes: 1 to 52428800 (50 MiB). */
  maxSizeBytes: Scalars['Int']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** Where it is required; repeats are ignored; required nowhere when omitted. */
  requiredFor?: InputMaybe<Array<DocumentRequirementInput>>;
};

/** The outcome of createDocumentType. */
export type CreateDocumentTypePayload = {
  __typename?: 'CreateDocumentTypePayload';
  /** The new document type, when created. */
  documentType?: Maybe<DocumentType>;
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE); empty on success. */
  errors: Array<UserError>;
};

/** What a new product category needs. */
export type CreateProductCategoryInput = {
  /** Unique code: 2–20 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of createProductCategory. */
export type CreateProductCategoryPayload = {
  __typename?: 'CreateProductCategoryPayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE); empty on success. */
  errors: Array<UserError>;
  /** The new product category, when created. */
  productCategory?: Maybe<ProductCategory>;
};

/** What a new product needs. */
export type CreateProductInput = {
  /** The active product category it belongs to. */
  categoryId: Scalars['ID']['input'];
  /** Unique code: 2–20 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of createProduct. */
export type CreateProductPayload = {
  __typename?: 'CreateProductPayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The new product, when created. */
  product?: Maybe<Product>;
};

/** What a new reference-list item needs. */
export type CreateReferenceItemInput = {
  /** Required for PRICE_COMPONENT; refused for other lists. */
  charge?: InputMaybe<ChargeType>;
  /** Code, unique within the list: 2–30 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Required for PAYMENT_TERM (0–365); refused for other lists. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** Longer explanation, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The list it goes in. */
  list: ReferenceListKind;
  /** Required for BILLING_CYCLE (1–60); refused for other lists. */
  months?: InputMaybe<Scalars['Int']['input']>;
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** Where it shows in its list, 0–9999 (lowest first); 0 when omitted. */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of createReferenceItem. */
export type CreateReferenceItemPayload = {
  __typename?: 'CreateReferenceItemPayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE); empty on success. */
  errors: Array<UserError>;
  /** The new item, when created. */
  referenceItem?: Maybe<ReferenceItem>;
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

/** What a new zone needs. */
export type CreateZoneInput = {
  /** Unique code: 2–20 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of createZone. */
export type CreateZonePayload = {
  __typename?: 'CreateZonePayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE); empty on success. */
  errors: Array<UserError>;
  /** The new zone, when created. */
  zone?: Maybe<Zone>;
};

/** Which bandwidth to deactivate. */
export type DeactivateBandwidthInput = {
  /** The bandwidth to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateBandwidth. */
export type DeactivateBandwidthPayload = {
  __typename?: 'DeactivateBandwidthPayload';
  /** The deactivated bandwidth, when deactivated. */
  bandwidth?: Maybe<Bandwidth>;
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE, IN_USE); empty on success. */
  errors: Array<UserError>;
};

/** Which branch to deactivate. */
export type DeactivateBranchInput = {
  /** The branch to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateBranch. */
export type DeactivateBranchPayload = {
  __typename?: 'DeactivateBranchPayload';
  /** The deactivated branch, when deactivated. */
  branch?: Maybe<Branch>;
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
};

/** Which BSO city setting to deactivate. */
export type DeactivateBsoCitySettingInput = {
  /** The setting to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateBsoCitySetting. */
export type DeactivateBsoCitySettingPayload = {
  __typename?: 'DeactivateBsoCitySettingPayload';
  /** The deactivated setting, when deactivated. */
  bsoCitySetting?: Maybe<BsoCitySetting>;
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
};

/** Which BSO to deactivate. */
export type DeactivateBsoInput = {
  /** The BSO to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateBso. */
export type DeactivateBsoPayload = {
  __typename?: 'DeactivateBsoPayload';
  /** The deactivated BSO, when deactivated. */
  bso?: Maybe<Bso>;
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE, IN_USE); empty on success. */
  errors: Array<UserError>;
};

/** Which city to deactivate. */
export type DeactivateCityInput = {
  /** The city to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateCity. */
export type DeactivateCityPayload = {
  __typename?: 'DeactivateCityPayload';
  /** The deactivated city, when deactivated. */
  city?: Maybe<City>;
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE, IN_USE); empty on success. */
  errors: Array<UserError>;
};

/** Which document type to deactivate. */
export type DeactivateDocumentTypeInput = {
  /** The document type to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateDocumentType. */
export type DeactivateDocumentTypePayload = {
  __typename?: 'DeactivateDocumentTypePayload';
  /** The deactivated document type, when deactivated. */
  documentType?: Maybe<DocumentType>;
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
};

/** Which product category to deactivate. */
export type DeactivateProductCategoryInput = {
  /** The product category to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateProductCategory. */
export type DeactivateProductCategoryPayload = {
  __typename?: 'DeactivateProductCategoryPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE, IN_USE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated product category, when deactivated. */
  productCategory?: Maybe<ProductCategory>;
};

/** Which product to deactivate. */
export type DeactivateProductInput = {
  /** The product to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateProduct. */
export type DeactivateProductPayload = {
  __typename?: 'DeactivateProductPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated product, when deactivated. */
  product?: Maybe<Product>;
};

/** Which reference-list item to deactivate. */
export type DeactivateReferenceItemInput = {
  /** The item to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateReferenceItem. */
export type DeactivateReferenceItemPayload = {
  __typename?: 'DeactivateReferenceItemPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated item, when deactivated. */
  referenceItem?: Maybe<ReferenceItem>;
};

/** Which state to deactivate. */
export type DeactivateStateInput = {
  /** The state to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateState. */
export type DeactivateStatePayload = {
  __typename?: 'DeactivateStatePayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE, IN_USE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated state, when deactivated. */
  state?: Maybe<State>;
};

/** Which zone to deactivate. */
export type DeactivateZoneInput = {
  /** The zone to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateZone. */
export type DeactivateZonePayload = {
  __typename?: 'DeactivateZonePayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE, IN_USE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated zone, when deactivated. */
  zone?: Maybe<Zone>;
};

/** One place a document is required: orders of `orderType` need it at `step`. */
export type DocumentRequirement = {
  __typename?: 'DocumentRequirement';
  /** The kind of order. */
  orderType: OrderType;
  /** The step at which it is needed. */
  step: ProcessStep;
};

/** One place a document is required. */
export type DocumentRequirementInput = {
  /** The kind of order. */
  orderType: OrderType;
  /** The step at which it is needed. */
  step: ProcessStep;
};

/**
 * A kind of document orders carry (e.g. the customer-signed installation report): which order types need it
 * at which steps, and what an upload of it may be. Other subgraphs reference it by `id`.
 */
export type DocumentType = {
  __typename?: 'DocumentType';
  /** False once the document type is deactivated. An inactive one stays readable and referenced, but no step requires or accepts it. */
  active: Scalars['Boolean']['output'];
  /** The MIME types an upload may have (e.g. application/pdf, image/jpeg), at least one. */
  allowedContentTypes: Array<Scalars['String']['output']>;
  /** Short unique code, upper case (e.g. INSTALLATION_REPORT); never changes. */
  code: Scalars['String']['output'];
  /** When the document type was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the document type was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Longer explanation; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The largest upload accepted, in bytes (at most 50 MiB). */
  maxSizeBytes: Scalars['Int']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Where it is required, by order type then step; empty when it is never required. */
  requiredFor: Array<DocumentRequirement>;
  /** When the document type was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of document types, newest first. */
export type DocumentTypeConnection = {
  __typename?: 'DocumentTypeConnection';
  /** The document types of this page. */
  edges: Array<DocumentTypeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many document types match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One document type in a page of document types. */
export type DocumentTypeEdge = {
  __typename?: 'DocumentTypeEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The document type. */
  node: DocumentType;
};

/** Narrows a list of document types. */
export type DocumentTypeFilter = {
  /** Only active (true) or only inactive (false) document types; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those some step of this order type requires (at `step`, when given too). */
  orderType?: InputMaybe<OrderType>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only those required at this step (for `orderType`, when given too). */
  step?: InputMaybe<ProcessStep>;
};

/** Email and password. */
export type LoginInput = {
  /** The account's email address (case does not matter). */
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/**
 * The outcome of login. A wrong email, a wrong password and an inactive account give the same
 * INVALID_CREDENTIALS error; too many failures for one address give LOGIN_LOCKED for a while.
 */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  errors: Array<UserError>;
  tokens?: Maybe<AuthTokens>;
};

/** The outcome of logout. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  errors: Array<UserError>;
  /** True once the session has ended. */
  loggedOut: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the caller's password. */
  changePassword: ChangePasswordPayload;
  /** Creates a bandwidth; publishes bandwidth.created. */
  createBandwidth: CreateBandwidthPayload;
  /** Creates a branch in an active zone serving active cities; publishes branch.created. */
  createBranch: CreateBranchPayload;
  /** Creates a BSO with its contacts; publishes bso.created. */
  createBso: CreateBsoPayload;
  /** Sets up an active BSO for an active city (recipients, TAT); publishes bso_city_setting.created. */
  createBsoCitySetting: CreateBsoCitySettingPayload;
  /** Creates a BSO's mail setting, or the default one; publishes bso_mail_setting.saved. */
  createBsoMailSetting: CreateBsoMailSettingPayload;
  /** Creates a city in an existing, active state; publishes city.created. */
  createCity: CreateCityPayload;
  /** Creates a document type; publishes document_type.created. */
  createDocumentType: CreateDocumentTypePayload;
  /** Creates a product in an active category; publishes product.created. */
  createProduct: CreateProductPayload;
  /** Creates a product category; publishes product_category.created. */
  createProductCategory: CreateProductCategoryPayload;
  /** Adds an item to a reference list; publishes reference_item.created. */
  createReferenceItem: CreateReferenceItemPayload;
  /** Creates a state; publishes state.created. */
  createState: CreateStatePayload;
  /** Creates a zone; publishes zone.created. */
  createZone: CreateZonePayload;
  /** Deactivates a bandwidth no active product offers; publishes bandwidth.deactivated. */
  deactivateBandwidth: DeactivateBandwidthPayload;
  /** Deactivates a branch; publishes branch.deactivated. */
  deactivateBranch: DeactivateBranchPayload;
  /** Deactivates a BSO that has no active city settings; publishes bso.deactivated. */
  deactivateBso: DeactivateBsoPayload;
  /** Deactivates a BSO city setting; publishes bso_city_setting.deactivated. */
  deactivateBsoCitySetting: DeactivateBsoCitySettingPayload;
  /** Deactivates a city that no active branch serves; publishes city.deactivated. */
  deactivateCity: DeactivateCityPayload;
  /** Deactivates a document type; publishes document_type.deactivated. */
  deactivateDocumentType: DeactivateDocumentTypePayload;
  /** Deactivates a product; publishes product.deactivated. */
  deactivateProduct: DeactivateProductPayload;
  /** Deactivates a product category that has no active products; publishes product_category.deactivated. */
  deactivateProductCategory: DeactivateProductCategoryPayload;
  /** Deactivates a reference-list item; publishes reference_item.deactivated. */
  deactivateReferenceItem: DeactivateReferenceItemPayload;
  /** Deactivates a state that has no active cities; publishes state.deactivated. */
  deactivateState: DeactivateStatePayload;
  /** Deactivates a zone that has no active branches; publishes zone.deactivated. */
  deactivateZone: DeactivateZonePayload;
  /** Signs in; open to anyone. */
  login: LoginPayload;
  /** Ends the caller's session; its access tokens are refused from then on. */
  logout: LogoutPayload;
  /** Renews a session: a new access token and the next refresh token; open to anyone holding a refresh token. */
  refreshSession: RefreshSessionPayload;
  /** Replaces the bandwidths a product offers; publishes product.bandwidths_set. */
  setProductBandwidths: SetProductBandwidthsPayload;
  /** Re-ranks a bandwidth; publishes bandwidth.updated. */
  updateBandwidth: UpdateBandwidthPayload;
  /** Edits a branch's name, zone or cities; publishes branch.updated. */
  updateBranch: UpdateBranchPayload;
  /** Edits a BSO's name or contacts; publishes bso.updated. */
  updateBso: UpdateBsoPayload;
  /** Edits a BSO city setting's recipients or TAT; publishes bso_city_setting.updated. */
  updateBsoCitySetting: UpdateBsoCitySettingPayload;
  /** Edits a BSO mail setting's sender or templates; publishes bso_mail_setting.saved. */
  updateBsoMailSetting: UpdateBsoMailSettingPayload;
  /** Renames a city; publishes city.updated. */
  updateCity: UpdateCityPayload;
  /** Edits a document type; publishes document_type.updated. */
  updateDocumentType: UpdateDocumentTypePayload;
  /** Edits a product's name or category; publishes product.updated. */
  updateProduct: UpdateProductPayload;
  /** Renames a product category; publishes product_category.updated. */
  updateProductCategory: UpdateProductCategoryPayload;
  /** Edits a reference-list item's name, description, sort order or typed attribute; publishes reference_item.updated. */
  updateReferenceItem: UpdateReferenceItemPayload;
  /** Renames a state; publishes state.updated. */
  updateState: UpdateStatePayload;
  /** Renames a zone; publishes zone.updated. */
  updateZone: UpdateZonePayload;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateBandwidthArgs = {
  input: CreateBandwidthInput;
};


export type MutationCreateBranchArgs = {
  input: CreateBranchInput;
};


export type MutationCreateBsoArgs = {
  input: CreateBsoInput;
};


export type MutationCreateBsoCitySettingArgs = {
  input: CreateBsoCitySettingInput;
};


export type MutationCreateBsoMailSettingArgs = {
  input: CreateBsoMailSettingInput;
};


export type MutationCreateCityArgs = {
  input: CreateCityInput;
};


export type MutationCreateDocumentTypeArgs = {
  input: CreateDocumentTypeInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateProductCategoryArgs = {
  input: CreateProductCategoryInput;
};


export type MutationCreateReferenceItemArgs = {
  input: CreateReferenceItemInput;
};


export type MutationCreateStateArgs = {
  input: CreateStateInput;
};


export type MutationCreateZoneArgs = {
  input: CreateZoneInput;
};


export type MutationDeactivateBandwidthArgs = {
  input: DeactivateBandwidthInput;
};


export type MutationDeactivateBranchArgs = {
  input: DeactivateBranchInput;
};


export type MutationDeactivateBsoArgs = {
  input: DeactivateBsoInput;
};


export type MutationDeactivateBsoCitySettingArgs = {
  input: DeactivateBsoCitySettingInput;
};


export type MutationDeactivateCityArgs = {
  input: DeactivateCityInput;
};


export type MutationDeactivateDocumentTypeArgs = {
  input: DeactivateDocumentTypeInput;
};


export type MutationDeactivateProductArgs = {
  input: DeactivateProductInput;
};


export type MutationDeactivateProductCategoryArgs = {
  input: DeactivateProductCategoryInput;
};


export type MutationDeactivateReferenceItemArgs = {
  input: DeactivateReferenceItemInput;
};


export type MutationDeactivateStateArgs = {
  input: DeactivateStateInput;
};


export type MutationDeactivateZoneArgs = {
  input: DeactivateZoneInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationSetProductBandwidthsArgs = {
  input: SetProductBandwidthsInput;
};


export type MutationUpdateBandwidthArgs = {
  input: UpdateBandwidthInput;
};


export type MutationUpdateBranchArgs = {
  input: UpdateBranchInput;
};


export type MutationUpdateBsoArgs = {
  input: UpdateBsoInput;
};


export type MutationUpdateBsoCitySettingArgs = {
  input: UpdateBsoCitySettingInput;
};


export type MutationUpdateBsoMailSettingArgs = {
  input: UpdateBsoMailSettingInput;
};


export type MutationUpdateCityArgs = {
  input: UpdateCityInput;
};


export type MutationUpdateDocumentTypeArgs = {
  input: UpdateDocumentTypeInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationUpdateProductCategoryArgs = {
  input: UpdateProductCategoryInput;
};


export type MutationUpdateReferenceItemArgs = {
  input: UpdateReferenceItemInput;
};


export type MutationUpdateStateArgs = {
  input: UpdateStateInput;
};


export type MutationUpdateZoneArgs = {
  input: UpdateZoneInput;
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

/** A step of the order process, in process order. */
export type ProcessStep =
  /** The service is activated and billing starts. */
  | 'ACTIVATION'
  /** The order is approved. */
  | 'APPROVAL'
  /** The order is closed. */
  | 'CLOSURE'
  /** The link is installed at the customer's site. */
  | 'INSTALLATION'
  /** The sales lead. */
  | 'LEAD'
  /** The order is captured. */
  | 'ORDER_ENTRY'
  /** The service is provisioned. */
  | 'PROVISIONING';

/** A product sold in one category. Other subgraphs reference it by `id`. */
export type Product = {
  __typename?: 'Product';
  /** False once the product is deactivated. An inactive product stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** The bandwidths the product is offered at, in rank order (lowest first). */
  bandwidths: Array<Bandwidth>;
  /** The category the product belongs to. */
  category: ProductCategory;
  /** Short unique code, upper case (e.g. ILL_STD); never changes. */
  code: Scalars['String']['output'];
  /** When the product was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the product was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the product was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A product category (e.g. ILL, VOIP, VAS). Other subgraphs reference it by `id`. */
export type ProductCategory = {
  __typename?: 'ProductCategory';
  /** False once the category is deactivated. An inactive category stays readable and referenced, but takes no new products. */
  active: Scalars['Boolean']['output'];
  /** Short unique code, upper case (e.g. ILL); never changes. */
  code: Scalars['String']['output'];
  /** When the category was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the category was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The products of this category (active and inactive), by name. */
  products: Array<Product>;
  /** When the category was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of product categories, newest first. */
export type ProductCategoryConnection = {
  __typename?: 'ProductCategoryConnection';
  /** The product categories of this page. */
  edges: Array<ProductCategoryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many product categories match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One product category in a page of product categories. */
export type ProductCategoryEdge = {
  __typename?: 'ProductCategoryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The product category. */
  node: ProductCategory;
};

/** Narrows a list of product categories. */
export type ProductCategoryFilter = {
  /** Only active (true) or only inactive (false) categories; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of products, newest first. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products of this page. */
  edges: Array<ProductEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many products match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One product in a page of products. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Narrows a list of products. */
export type ProductFilter = {
  /** Only active (true) or only inactive (false) products; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only products of this category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The control-panel audit trail, newest first (`first` ≤ 100); needs AUDIT:VIEW. */
  auditEntries: AuditEntryConnection;
  /** One audit entry; needs AUDIT:VIEW. */
  auditEntry?: Maybe<AuditEntry>;
  /** One bandwidth by id, or null when there is none. */
  bandwidth?: Maybe<Bandwidth>;
  /** Bandwidths in rank order (lowest first), with cursor pagination (`first` is capped at 100). */
  bandwidths: BandwidthConnection;
  /** One branch by id, or null when there is none. */
  branch?: Maybe<Branch>;
  /** Branches, newest first, with cursor pagination (`first` is capped at 100). */
  branches: BranchConnection;
  /** One BSO by id, or null when there is none. */
  bso?: Maybe<Bso>;
  /** One BSO city setting by id, or null when there is none. */
  bsoCitySetting?: Maybe<BsoCitySetting>;
  /** BSO city settings, newest first, with cursor pagination (`first` is capped at 100). */
  bsoCitySettings: BsoCitySettingConnection;
  /** The {{placeholders}} BSO mail templates may use. */
  bsoMailPlaceholders: Array<Scalars['String']['output']>;
  /** One BSO mail setting by id, or null when there is none. */
  bsoMailSetting?: Maybe<BsoMailSetting>;
  /** BSO mail settings, newest first, with cursor pagination (`first` is capped at 100). */
  bsoMailSettings: BsoMailSettingConnection;
  /** BSOs, newest first, with cursor pagination (`first` is capped at 100). */
  bsos: BsoConnection;
  /** Cities, newest first, with cursor pagination (`first` is capped at 100). */
  cities: CityConnection;
  /** One city by id, or null when there is none. */
  city?: Maybe<City>;
  /** One document type by id, or null when there is none. */
  documentType?: Maybe<DocumentType>;
  /** Document types, newest first, with cursor pagination (`first` is capped at 100). */
  documentTypes: DocumentTypeConnection;
  /** One product by id, or null when there is none. */
  product?: Maybe<Product>;
  /** Product categories, newest first, with cursor pagination (`first` is capped at 100). */
  productCategories: ProductCategoryConnection;
  /** One product category by id, or null when there is none. */
  productCategory?: Maybe<ProductCategory>;
  /** Products, newest first, with cursor pagination (`first` is capped at 100). */
  products: ProductConnection;
  /** One reference-list item by id, or null when there is none. */
  referenceItem?: Maybe<ReferenceItem>;
  /** The items of one reference list, by sort order (lowest first) then code, with cursor pagination (`first` is capped at 100). */
  referenceItems: ReferenceItemConnection;
  /** One state by id, or null when there is none. */
  state?: Maybe<State>;
  /** States, newest first, with cursor pagination (`first` is capped at 100). */
  states: StateConnection;
  /** One zone by id, or null when there is none. */
  zone?: Maybe<Zone>;
  /** Zones, newest first, with cursor pagination (`first` is capped at 100). */
  zones: ZoneConnection;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBandwidthArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBandwidthsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BandwidthFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBranchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBranchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BranchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBsoArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBsoCitySettingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBsoCitySettingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BsoCitySettingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBsoMailSettingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBsoMailSettingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BsoMailSettingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBsosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BsoFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentTypeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentTypeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductCategoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferenceItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferenceItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferenceItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  list: ReferenceListKind;
};


export type QueryStateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryZoneArgs = {
  id: Scalars['ID']['input'];
};


export type QueryZonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ZoneFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An item of a reference list: a short coded choice other services offer in a dropdown (a termination reason,
 * a delivery mode, a payment term, ...). Other subgraphs reference it by `id`.
 */
export type ReferenceItem = {
  __typename?: 'ReferenceItem';
  /** False once the item is deactivated. An inactive item stays readable and referenced, but dropdowns no longer offer it. */
  active: Scalars['Boolean']['output'];
  /** PRICE_COMPONENT items only: one-time or recurring; null for other lists. */
  charge?: Maybe<ChargeType>;
  /** Short code, unique within its list, upper case (e.g. FIBER, NET30); never changes. */
  code: Scalars['String']['output'];
  /** When the item was created. */
  createdAt: Scalars['DateTime']['output'];
  /** PAYMENT_TERM items only: days until payment is due (0 = in advance); null for other lists. */
  days?: Maybe<Scalars['Int']['output']>;
  /** When the item was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Longer explanation; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The list it belongs to; never changes. */
  list: ReferenceListKind;
  /** BILLING_CYCLE items only: months per billing cycle; null for other lists. */
  months?: Maybe<Scalars['Int']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Where it shows in its list: lowest first, then by code. */
  sortOrder: Scalars['Int']['output'];
  /** When the item was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of one reference list, by sort order (lowest first), then code. */
export type ReferenceItemConnection = {
  __typename?: 'ReferenceItemConnection';
  /** The items of this page. */
  edges: Array<ReferenceItemEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items of the list match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One item in a page of a reference list. */
export type ReferenceItemEdge = {
  __typename?: 'ReferenceItemEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ReferenceItem;
};

/** Narrows a reference list. */
export type ReferenceItemFilter = {
  /** Only active (true) or only inactive (false) items; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Which reference list an item belongs to. Every list works the same way; a few kinds take one typed attribute. */
export type ReferenceListKind =
  /** How often the customer is billed; items carry `months`. */
  | 'BILLING_CYCLE'
  /** Why an order was cancelled. */
  | 'CANCELLATION_REASON'
  /** How the link reaches the customer (fiber, RF, copper, ...). */
  | 'DELIVERY_MODE'
  /** Kinds of other request on a live service (billing cycle change, backup link, demo upgrade, ...). */
  | 'OTHER_REQUIREMENT_TYPE'
  /** When payment is due; items carry `days`. */
  | 'PAYMENT_TERM'
  /** The charges a price is made of (OTC, MRC, ARC, ...); items carry `charge`. */
  | 'PRICE_COMPONENT'
  /** Why an order or approval was rejected. */
  | 'REJECTION_REASON'
  /** Why a customer's service was terminated. */
  | 'TERMINATION_REASON';

/** A refresh token from login or the previous renewal. */
export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
};

/**
 * The outcome of refreshSession. A refresh token works once: presenting a spent one again ends the whole session
 * (every token issued from that sign-in), since only a thief or a replay would do that.
 */
export type RefreshSessionPayload = {
  __typename?: 'RefreshSessionPayload';
  errors: Array<UserError>;
  tokens?: Maybe<AuthTokens>;
};

/** Which bandwidths a product offers from now on. */
export type SetProductBandwidthsInput = {
  /** The active bandwidths it offers (replaces the list; may be empty; repeats are ignored). */
  bandwidthIds: Array<Scalars['ID']['input']>;
  /** The product. */
  productId: Scalars['ID']['input'];
};

/** The outcome of setProductBandwidths. */
export type SetProductBandwidthsPayload = {
  __typename?: 'SetProductBandwidthsPayload';
  /** Why nothing was changed (NOT_FOUND, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The product with its new bandwidths, when set. */
  product?: Maybe<Product>;
};

/** A state (province). Cities belong to exactly one state. */
export type State = {
  __typename?: 'State';
  /** False once the state is deactivated. An inactive state stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** The cities of this state (active and inactive), by name. */
  cities: Array<City>;
  /** Short unique code, upper case (e.g. MH). */
  code: Scalars['String']['output'];
  /** When the state was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the state was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the state was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
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
  /** Only active (true) or only inactive (false) states; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Re-ranks a bandwidth; its value and unit are immutable. */
export type UpdateBandwidthInput = {
  /** The bandwidth to edit. */
  id: Scalars['ID']['input'];
  /** Its new rank, unique among bandwidths (higher = more). */
  rank: Scalars['Int']['input'];
};

/** The outcome of updateBandwidth. */
export type UpdateBandwidthPayload = {
  __typename?: 'UpdateBandwidthPayload';
  /** The edited bandwidth, when edited. */
  bandwidth?: Maybe<Bandwidth>;
  /** Why nothing was changed (NOT_FOUND, DUPLICATE); empty on success. */
  errors: Array<UserError>;
};

/** Edits a branch; omitted fields stay as they are. Its code is an immutable identifier. */
export type UpdateBranchInput = {
  /** The active cities it serves from now on (replaces the list): at least one; repeats are ignored. */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The branch to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The active zone it moves to. */
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};

/** The outcome of updateBranch. */
export type UpdateBranchPayload = {
  __typename?: 'UpdateBranchPayload';
  /** The edited branch, when edited. */
  branch?: Maybe<Branch>;
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
};

/** Edits a BSO city setting; omitted fields stay as they are. Its BSO and city never change. */
export type UpdateBsoCitySettingInput = {
  /** Copied addresses from now on (replaces the list; [] clears it): up to 50 valid addresses. */
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The setting to edit. */
  id: Scalars['ID']['input'];
  /** The feasibility TAT in hours, 1–720. */
  tatHours?: InputMaybe<Scalars['Int']['input']>;
  /** Recipients from now on (replaces the list): 1–50 valid addresses. */
  to?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome of updateBsoCitySetting. */
export type UpdateBsoCitySettingPayload = {
  __typename?: 'UpdateBsoCitySettingPayload';
  /** The edited setting, when edited. */
  bsoCitySetting?: Maybe<BsoCitySetting>;
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
};

/** Edits a BSO; omitted fields stay as they are. Its code is an immutable identifier. */
export type UpdateBsoInput = {
  /** Its contacts from now on (replaces the list): 1–20. */
  contacts?: InputMaybe<Array<BsoContactInput>>;
  /** The BSO to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Edits a BSO mail setting; omitted fields stay as they are. The BSO it is for never changes. */
export type UpdateBsoMailSettingInput = {
  /** Body template: plain text, not blank, at most 20000 characters, only known {{placeholders}}. */
  bodyTemplate?: InputMaybe<Scalars['String']['input']>;
  /** The mail setting to edit. */
  id: Scalars['ID']['input'];
  /** The sender's e-mail address. */
  senderEmail?: InputMaybe<Scalars['String']['input']>;
  /** The sender's display name, 2–100 characters. */
  senderName?: InputMaybe<Scalars['String']['input']>;
  /** Subject template: one line, 1–200 characters, only known {{placeholders}}. */
  subjectTemplate?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of updateBsoMailSetting. */
export type UpdateBsoMailSettingPayload = {
  __typename?: 'UpdateBsoMailSettingPayload';
  /** The edited mail setting, when edited. */
  bsoMailSetting?: Maybe<BsoMailSetting>;
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
};

/** The outcome of updateBso. */
export type UpdateBsoPayload = {
  __typename?: 'UpdateBsoPayload';
  /** The edited BSO, when edited. */
  bso?: Maybe<Bso>;
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
};

/** Renames a city; its code is an immutable identifier. */
export type UpdateCityInput = {
  /** The city to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of updateCity. */
export type UpdateCityPayload = {
  __typename?: 'UpdateCityPayload';
  /** The edited city, when edited. */
  city?: Maybe<City>;
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
};

/** Edits a document type; omitted fields stay as they are, lists given replace the old ones. Its code is immutable. */
export type UpdateDocumentTypeInput = {
  /** The MIME types an upload may have from now on (replaces the list): 1–20, each like application/pdf. */
  allowedContentTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New explanation, up to 500 characters; an empty text clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The document type to edit. */
  id: Scalars['ID']['input'];
  /** The largest upload accepted from now on, in bytes: 1 to 52428800 (50 MiB). */
  maxSizeBytes?: InputMaybe<Scalars['Int']['input']>;
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where it is required from now on (replaces the list; an empty list makes it required nowhere). */
  requiredFor?: InputMaybe<Array<DocumentRequirementInput>>;
};

/** The outcome of updateDocumentType. */
export type UpdateDocumentTypePayload = {
  __typename?: 'UpdateDocumentTypePayload';
  /** The edited document type, when edited. */
  documentType?: Maybe<DocumentType>;
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
};

/** Renames a product category; its code is an immutable identifier. */
export type UpdateProductCategoryInput = {
  /** The product category to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of updateProductCategory. */
export type UpdateProductCategoryPayload = {
  __typename?: 'UpdateProductCategoryPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The edited product category, when edited. */
  productCategory?: Maybe<ProductCategory>;
};

/** Edits a product; omitted fields stay as they are. Its code is an immutable identifier. */
export type UpdateProductInput = {
  /** The active product category it moves to. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The product to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of updateProduct. */
export type UpdateProductPayload = {
  __typename?: 'UpdateProductPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The edited product, when edited. */
  product?: Maybe<Product>;
};

/** Edits a reference-list item; omitted fields stay as they are. Its list and code are immutable. */
export type UpdateReferenceItemInput = {
  /** PRICE_COMPONENT items only: new charge type. */
  charge?: InputMaybe<ChargeType>;
  /** PAYMENT_TERM items only: new days (0–365). */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** New explanation, up to 500 characters; an empty text clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The item to edit. */
  id: Scalars['ID']['input'];
  /** BILLING_CYCLE items only: new months (1–60). */
  months?: InputMaybe<Scalars['Int']['input']>;
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New place in its list, 0–9999. */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of updateReferenceItem. */
export type UpdateReferenceItemPayload = {
  __typename?: 'UpdateReferenceItemPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The edited item, when edited. */
  referenceItem?: Maybe<ReferenceItem>;
};

/** Renames a state; its code is an immutable identifier. */
export type UpdateStateInput = {
  /** The state to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of updateState. */
export type UpdateStatePayload = {
  __typename?: 'UpdateStatePayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The edited state, when edited. */
  state?: Maybe<State>;
};

/** Renames a zone; its code is an immutable identifier. */
export type UpdateZoneInput = {
  /** The zone to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of updateZone. */
export type UpdateZonePayload = {
  __typename?: 'UpdateZonePayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The edited zone, when edited. */
  zone?: Maybe<Zone>;
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

/** A zone (region) that groups branches. Other subgraphs reference it by `id`. */
export type Zone = {
  __typename?: 'Zone';
  /** False once the zone is deactivated. An inactive zone stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** The branches of this zone (active and inactive), by name. */
  branches: Array<Branch>;
  /** Short unique code, upper case (e.g. WEST); never changes. */
  code: Scalars['String']['output'];
  /** When the zone was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the zone was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the zone was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of zones, newest first. */
export type ZoneConnection = {
  __typename?: 'ZoneConnection';
  /** The zones of this page. */
  edges: Array<ZoneEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many zones match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One zone in a page of zones. */
export type ZoneEdge = {
  __typename?: 'ZoneEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The zone. */
  node: Zone;
};

/** Narrows a list of zones. */
export type ZoneFilter = {
  /** Only active (true) or only inactive (false) zones; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
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
  Bandwidth: Bandwidth;
  Branch: Branch;
  Bso: Bso;
  City: City;
  DocumentType: DocumentType;
  Product: Product;
  ProductCategory: ProductCategory;
  ReferenceItem: ReferenceItem;
  State: State;
  Zone: Zone;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Bandwidth:
    ( { __typename: 'Bandwidth' }
    & GraphQLRecursivePick<FederationTypes['Bandwidth'], {"id":true}> );
  Branch:
    ( { __typename: 'Branch' }
    & GraphQLRecursivePick<FederationTypes['Branch'], {"id":true}> );
  Bso:
    ( { __typename: 'Bso' }
    & GraphQLRecursivePick<FederationTypes['Bso'], {"id":true}> );
  City:
    ( { __typename: 'City' }
    & GraphQLRecursivePick<FederationTypes['City'], {"id":true}> );
  DocumentType:
    ( { __typename: 'DocumentType' }
    & GraphQLRecursivePick<FederationTypes['DocumentType'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  ProductCategory:
    ( { __typename: 'ProductCategory' }
    & GraphQLRecursivePick<FederationTypes['ProductCategory'], {"id":true}> );
  ReferenceItem:
    ( { __typename: 'ReferenceItem' }
    & GraphQLRecursivePick<FederationTypes['ReferenceItem'], {"id":true}> );
  State:
    ( { __typename: 'State' }
    & GraphQLRecursivePick<FederationTypes['State'], {"id":true}> );
  Zone:
    ( { __typename: 'Zone' }
    & GraphQLRecursivePick<FederationTypes['Zone'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditActor: ResolverTypeWrapper<AuditActor>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntryFilter: AuditEntryFilter;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChange>;
  AuthTokens: ResolverTypeWrapper<AuthTokens>;
  Bandwidth: ResolverTypeWrapper<BandwidthModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BandwidthConnection: ResolverTypeWrapper<Omit<BandwidthConnection, 'edges'> & { edges: Array<ResolversTypes['BandwidthEdge']> }>;
  BandwidthEdge: ResolverTypeWrapper<Omit<BandwidthEdge, 'node'> & { node: ResolversTypes['Bandwidth'] }>;
  BandwidthFilter: BandwidthFilter;
  BandwidthUnit: BandwidthUnit;
  Branch: ResolverTypeWrapper<BranchModel>;
  BranchConnection: ResolverTypeWrapper<Omit<BranchConnection, 'edges'> & { edges: Array<ResolversTypes['BranchEdge']> }>;
  BranchEdge: ResolverTypeWrapper<Omit<BranchEdge, 'node'> & { node: ResolversTypes['Branch'] }>;
  BranchFilter: BranchFilter;
  Bso: ResolverTypeWrapper<BsoModel>;
  BsoCitySetting: ResolverTypeWrapper<BsoCitySettingModel>;
  BsoCitySettingConnection: ResolverTypeWrapper<Omit<BsoCitySettingConnection, 'edges'> & { edges: Array<ResolversTypes['BsoCitySettingEdge']> }>;
  BsoCitySettingEdge: ResolverTypeWrapper<Omit<BsoCitySettingEdge, 'node'> & { node: ResolversTypes['BsoCitySetting'] }>;
  BsoCitySettingFilter: BsoCitySettingFilter;
  BsoConnection: ResolverTypeWrapper<Omit<BsoConnection, 'edges'> & { edges: Array<ResolversTypes['BsoEdge']> }>;
  BsoContact: ResolverTypeWrapper<BsoContact>;
  BsoContactInput: BsoContactInput;
  BsoEdge: ResolverTypeWrapper<Omit<BsoEdge, 'node'> & { node: ResolversTypes['Bso'] }>;
  BsoFilter: BsoFilter;
  BsoMailSetting: ResolverTypeWrapper<BsoMailSettingModel>;
  BsoMailSettingConnection: ResolverTypeWrapper<Omit<BsoMailSettingConnection, 'edges'> & { edges: Array<ResolversTypes['BsoMailSettingEdge']> }>;
  BsoMailSettingEdge: ResolverTypeWrapper<Omit<BsoMailSettingEdge, 'node'> & { node: ResolversTypes['BsoMailSetting'] }>;
  BsoMailSettingFilter: BsoMailSettingFilter;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<ChangePasswordPayload>;
  ChargeType: ChargeType;
  City: ResolverTypeWrapper<CityModel>;
  CityConnection: ResolverTypeWrapper<Omit<CityConnection, 'edges'> & { edges: Array<ResolversTypes['CityEdge']> }>;
  CityEdge: ResolverTypeWrapper<Omit<CityEdge, 'node'> & { node: ResolversTypes['City'] }>;
  CityFilter: CityFilter;
  CreateBandwidthInput: CreateBandwidthInput;
  CreateBandwidthPayload: ResolverTypeWrapper<Omit<CreateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversTypes['Bandwidth']> }>;
  CreateBranchInput: CreateBranchInput;
  CreateBranchPayload: ResolverTypeWrapper<Omit<CreateBranchPayload, 'branch'> & { branch?: Maybe<ResolversTypes['Branch']> }>;
  CreateBsoCitySettingInput: CreateBsoCitySettingInput;
  CreateBsoCitySettingPayload: ResolverTypeWrapper<Omit<CreateBsoCitySettingPayload, 'bsoCitySetting'> & { bsoCitySetting?: Maybe<ResolversTypes['BsoCitySetting']> }>;
  CreateBsoInput: CreateBsoInput;
  CreateBsoMailSettingInput: CreateBsoMailSettingInput;
  CreateBsoMailSettingPayload: ResolverTypeWrapper<Omit<CreateBsoMailSettingPayload, 'bsoMailSetting'> & { bsoMailSetting?: Maybe<ResolversTypes['BsoMailSetting']> }>;
  CreateBsoPayload: ResolverTypeWrapper<Omit<CreateBsoPayload, 'bso'> & { bso?: Maybe<ResolversTypes['Bso']> }>;
  CreateCityInput: CreateCityInput;
  CreateCityPayload: ResolverTypeWrapper<Omit<CreateCityPayload, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  CreateDocumentTypeInput: CreateDocumentTypeInput;
  CreateDocumentTypePayload: ResolverTypeWrapper<Omit<CreateDocumentTypePayload, 'documentType'> & { documentType?: Maybe<ResolversTypes['DocumentType']> }>;
  CreateProductCategoryInput: CreateProductCategoryInput;
  CreateProductCategoryPayload: ResolverTypeWrapper<Omit<CreateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  CreateProductInput: CreateProductInput;
  CreateProductPayload: ResolverTypeWrapper<Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  CreateReferenceItemInput: CreateReferenceItemInput;
  CreateReferenceItemPayload: ResolverTypeWrapper<Omit<CreateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversTypes['ReferenceItem']> }>;
  CreateStateInput: CreateStateInput;
  CreateStatePayload: ResolverTypeWrapper<Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  CreateZoneInput: CreateZoneInput;
  CreateZonePayload: ResolverTypeWrapper<Omit<CreateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateBandwidthInput: DeactivateBandwidthInput;
  DeactivateBandwidthPayload: ResolverTypeWrapper<Omit<DeactivateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversTypes['Bandwidth']> }>;
  DeactivateBranchInput: DeactivateBranchInput;
  DeactivateBranchPayload: ResolverTypeWrapper<Omit<DeactivateBranchPayload, 'branch'> & { branch?: Maybe<ResolversTypes['Branch']> }>;
  DeactivateBsoCitySettingInput: DeactivateBsoCitySettingInput;
  DeactivateBsoCitySettingPayload: ResolverTypeWrapper<Omit<DeactivateBsoCitySettingPayload, 'bsoCitySetting'> & { bsoCitySetting?: Maybe<ResolversTypes['BsoCitySetting']> }>;
  DeactivateBsoInput: DeactivateBsoInput;
  DeactivateBsoPayload: ResolverTypeWrapper<Omit<DeactivateBsoPayload, 'bso'> & { bso?: Maybe<ResolversTypes['Bso']> }>;
  DeactivateCityInput: DeactivateCityInput;
  DeactivateCityPayload: ResolverTypeWrapper<Omit<DeactivateCityPayload, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  DeactivateDocumentTypeInput: DeactivateDocumentTypeInput;
  DeactivateDocumentTypePayload: ResolverTypeWrapper<Omit<DeactivateDocumentTypePayload, 'documentType'> & { documentType?: Maybe<ResolversTypes['DocumentType']> }>;
  DeactivateProductCategoryInput: DeactivateProductCategoryInput;
  DeactivateProductCategoryPayload: ResolverTypeWrapper<Omit<DeactivateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  DeactivateProductInput: DeactivateProductInput;
  DeactivateProductPayload: ResolverTypeWrapper<Omit<DeactivateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  DeactivateReferenceItemInput: DeactivateReferenceItemInput;
  DeactivateReferenceItemPayload: ResolverTypeWrapper<Omit<DeactivateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversTypes['ReferenceItem']> }>;
  DeactivateStateInput: DeactivateStateInput;
  DeactivateStatePayload: ResolverTypeWrapper<Omit<DeactivateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  DeactivateZoneInput: DeactivateZoneInput;
  DeactivateZonePayload: ResolverTypeWrapper<Omit<DeactivateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  DocumentRequirement: ResolverTypeWrapper<DocumentRequirement>;
  DocumentRequirementInput: DocumentRequirementInput;
  DocumentType: ResolverTypeWrapper<DocumentTypeModel>;
  DocumentTypeConnection: ResolverTypeWrapper<Omit<DocumentTypeConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentTypeEdge']> }>;
  DocumentTypeEdge: ResolverTypeWrapper<Omit<DocumentTypeEdge, 'node'> & { node: ResolversTypes['DocumentType'] }>;
  DocumentTypeFilter: DocumentTypeFilter;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<LoginPayload>;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderType: OrderType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcessStep: ProcessStep;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductCategory: ResolverTypeWrapper<ProductCategoryModel>;
  ProductCategoryConnection: ResolverTypeWrapper<Omit<ProductCategoryConnection, 'edges'> & { edges: Array<ResolversTypes['ProductCategoryEdge']> }>;
  ProductCategoryEdge: ResolverTypeWrapper<Omit<ProductCategoryEdge, 'node'> & { node: ResolversTypes['ProductCategory'] }>;
  ProductCategoryFilter: ProductCategoryFilter;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReferenceItem: ResolverTypeWrapper<ReferenceItemModel>;
  ReferenceItemConnection: ResolverTypeWrapper<Omit<ReferenceItemConnection, 'edges'> & { edges: Array<ResolversTypes['ReferenceItemEdge']> }>;
  ReferenceItemEdge: ResolverTypeWrapper<Omit<ReferenceItemEdge, 'node'> & { node: ResolversTypes['ReferenceItem'] }>;
  ReferenceItemFilter: ReferenceItemFilter;
  ReferenceListKind: ReferenceListKind;
  RefreshSessionInput: RefreshSessionInput;
  RefreshSessionPayload: ResolverTypeWrapper<RefreshSessionPayload>;
  SetProductBandwidthsInput: SetProductBandwidthsInput;
  SetProductBandwidthsPayload: ResolverTypeWrapper<Omit<SetProductBandwidthsPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  State: ResolverTypeWrapper<StateModel>;
  StateConnection: ResolverTypeWrapper<Omit<StateConnection, 'edges'> & { edges: Array<ResolversTypes['StateEdge']> }>;
  StateEdge: ResolverTypeWrapper<Omit<StateEdge, 'node'> & { node: ResolversTypes['State'] }>;
  StateFilter: StateFilter;
  UpdateBandwidthInput: UpdateBandwidthInput;
  UpdateBandwidthPayload: ResolverTypeWrapper<Omit<UpdateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversTypes['Bandwidth']> }>;
  UpdateBranchInput: UpdateBranchInput;
  UpdateBranchPayload: ResolverTypeWrapper<Omit<UpdateBranchPayload, 'branch'> & { branch?: Maybe<ResolversTypes['Branch']> }>;
  UpdateBsoCitySettingInput: UpdateBsoCitySettingInput;
  UpdateBsoCitySettingPayload: ResolverTypeWrapper<Omit<UpdateBsoCitySettingPayload, 'bsoCitySetting'> & { bsoCitySetting?: Maybe<ResolversTypes['BsoCitySetting']> }>;
  UpdateBsoInput: UpdateBsoInput;
  UpdateBsoMailSettingInput: UpdateBsoMailSettingInput;
  UpdateBsoMailSettingPayload: ResolverTypeWrapper<Omit<UpdateBsoMailSettingPayload, 'bsoMailSetting'> & { bsoMailSetting?: Maybe<ResolversTypes['BsoMailSetting']> }>;
  UpdateBsoPayload: ResolverTypeWrapper<Omit<UpdateBsoPayload, 'bso'> & { bso?: Maybe<ResolversTypes['Bso']> }>;
  UpdateCityInput: UpdateCityInput;
  UpdateCityPayload: ResolverTypeWrapper<Omit<UpdateCityPayload, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  UpdateDocumentTypeInput: UpdateDocumentTypeInput;
  UpdateDocumentTypePayload: ResolverTypeWrapper<Omit<UpdateDocumentTypePayload, 'documentType'> & { documentType?: Maybe<ResolversTypes['DocumentType']> }>;
  UpdateProductCategoryInput: UpdateProductCategoryInput;
  UpdateProductCategoryPayload: ResolverTypeWrapper<Omit<UpdateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: ResolverTypeWrapper<Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  UpdateReferenceItemInput: UpdateReferenceItemInput;
  UpdateReferenceItemPayload: ResolverTypeWrapper<Omit<UpdateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversTypes['ReferenceItem']> }>;
  UpdateStateInput: UpdateStateInput;
  UpdateStatePayload: ResolverTypeWrapper<Omit<UpdateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  UpdateZoneInput: UpdateZoneInput;
  UpdateZonePayload: ResolverTypeWrapper<Omit<UpdateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Zone: ResolverTypeWrapper<ZoneModel>;
  ZoneConnection: ResolverTypeWrapper<Omit<ZoneConnection, 'edges'> & { edges: Array<ResolversTypes['ZoneEdge']> }>;
  ZoneEdge: ResolverTypeWrapper<Omit<ZoneEdge, 'node'> & { node: ResolversTypes['Zone'] }>;
  ZoneFilter: ZoneFilter;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditActor: AuditActor;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  Int: Scalars['Int']['output'];
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntryFilter: AuditEntryFilter;
  AuditFieldChange: AuditFieldChange;
  AuthTokens: AuthTokens;
  Bandwidth: BandwidthModel;
  Boolean: Scalars['Boolean']['output'];
  BandwidthConnection: Omit<BandwidthConnection, 'edges'> & { edges: Array<ResolversParentTypes['BandwidthEdge']> };
  BandwidthEdge: Omit<BandwidthEdge, 'node'> & { node: ResolversParentTypes['Bandwidth'] };
  BandwidthFilter: BandwidthFilter;
  Branch: BranchModel;
  BranchConnection: Omit<BranchConnection, 'edges'> & { edges: Array<ResolversParentTypes['BranchEdge']> };
  BranchEdge: Omit<BranchEdge, 'node'> & { node: ResolversParentTypes['Branch'] };
  BranchFilter: BranchFilter;
  Bso: BsoModel;
  BsoCitySetting: BsoCitySettingModel;
  BsoCitySettingConnection: Omit<BsoCitySettingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BsoCitySettingEdge']> };
  BsoCitySettingEdge: Omit<BsoCitySettingEdge, 'node'> & { node: ResolversParentTypes['BsoCitySetting'] };
  BsoCitySettingFilter: BsoCitySettingFilter;
  BsoConnection: Omit<BsoConnection, 'edges'> & { edges: Array<ResolversParentTypes['BsoEdge']> };
  BsoContact: BsoContact;
  BsoContactInput: BsoContactInput;
  BsoEdge: Omit<BsoEdge, 'node'> & { node: ResolversParentTypes['Bso'] };
  BsoFilter: BsoFilter;
  BsoMailSetting: BsoMailSettingModel;
  BsoMailSettingConnection: Omit<BsoMailSettingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BsoMailSettingEdge']> };
  BsoMailSettingEdge: Omit<BsoMailSettingEdge, 'node'> & { node: ResolversParentTypes['BsoMailSetting'] };
  BsoMailSettingFilter: BsoMailSettingFilter;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ChangePasswordPayload;
  City: CityModel;
  CityConnection: Omit<CityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CityEdge']> };
  CityEdge: Omit<CityEdge, 'node'> & { node: ResolversParentTypes['City'] };
  CityFilter: CityFilter;
  CreateBandwidthInput: CreateBandwidthInput;
  CreateBandwidthPayload: Omit<CreateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversParentTypes['Bandwidth']> };
  CreateBranchInput: CreateBranchInput;
  CreateBranchPayload: Omit<CreateBranchPayload, 'branch'> & { branch?: Maybe<ResolversParentTypes['Branch']> };
  CreateBsoCitySettingInput: CreateBsoCitySettingInput;
  CreateBsoCitySettingPayload: Omit<CreateBsoCitySettingPayload, 'bsoCitySetting'> & { bsoCitySetting?: Maybe<ResolversParentTypes['BsoCitySetting']> };
  CreateBsoInput: CreateBsoInput;
  CreateBsoMailSettingInput: CreateBsoMailSettingInput;
  CreateBsoMailSettingPayload: Omit<CreateBsoMailSettingPayload, 'bsoMailSetting'> & { bsoMailSetting?: Maybe<ResolversParentTypes['BsoMailSetting']> };
  CreateBsoPayload: Omit<CreateBsoPayload, 'bso'> & { bso?: Maybe<ResolversParentTypes['Bso']> };
  CreateCityInput: CreateCityInput;
  CreateCityPayload: Omit<CreateCityPayload, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  CreateDocumentTypeInput: CreateDocumentTypeInput;
  CreateDocumentTypePayload: Omit<CreateDocumentTypePayload, 'documentType'> & { documentType?: Maybe<ResolversParentTypes['DocumentType']> };
  CreateProductCategoryInput: CreateProductCategoryInput;
  CreateProductCategoryPayload: Omit<CreateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  CreateProductInput: CreateProductInput;
  CreateProductPayload: Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  CreateReferenceItemInput: CreateReferenceItemInput;
  CreateReferenceItemPayload: Omit<CreateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversParentTypes['ReferenceItem']> };
  CreateStateInput: CreateStateInput;
  CreateStatePayload: Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  CreateZoneInput: CreateZoneInput;
  CreateZonePayload: Omit<CreateZonePayload, 'zone'> & { zone?: Maybe<ResolversParentTypes['Zone']> };
  DateTime: Scalars['DateTime']['output'];
  DeactivateBandwidthInput: DeactivateBandwidthInput;
  DeactivateBandwidthPayload: Omit<DeactivateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversParentTypes['Bandwidth']> };
  DeactivateBranchInput: DeactivateBranchInput;
  DeactivateBranchPayload: Omit<DeactivateBranchPayload, 'branch'> & { branch?: Maybe<ResolversParentTypes['Branch']> };
  DeactivateBsoCitySettingInput: DeactivateBsoCitySettingInput;
  DeactivateBsoCitySettingPayload: Omit<DeactivateBsoCitySettingPayload, 'bsoCitySetting'> & { bsoCitySetting?: Maybe<ResolversParentTypes['BsoCitySetting']> };
  DeactivateBsoInput: DeactivateBsoInput;
  DeactivateBsoPayload: Omit<DeactivateBsoPayload, 'bso'> & { bso?: Maybe<ResolversParentTypes['Bso']> };
  DeactivateCityInput: DeactivateCityInput;
  DeactivateCityPayload: Omit<DeactivateCityPayload, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  DeactivateDocumentTypeInput: DeactivateDocumentTypeInput;
  DeactivateDocumentTypePayload: Omit<DeactivateDocumentTypePayload, 'documentType'> & { documentType?: Maybe<ResolversParentTypes['DocumentType']> };
  DeactivateProductCategoryInput: DeactivateProductCategoryInput;
  DeactivateProductCategoryPayload: Omit<DeactivateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  DeactivateProductInput: DeactivateProductInput;
  DeactivateProductPayload: Omit<DeactivateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  DeactivateReferenceItemInput: DeactivateReferenceItemInput;
  DeactivateReferenceItemPayload: Omit<DeactivateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversParentTypes['ReferenceItem']> };
  DeactivateStateInput: DeactivateStateInput;
  DeactivateStatePayload: Omit<DeactivateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  DeactivateZoneInput: DeactivateZoneInput;
  DeactivateZonePayload: Omit<DeactivateZonePayload, 'zone'> & { zone?: Maybe<ResolversParentTypes['Zone']> };
  DocumentRequirement: DocumentRequirement;
  DocumentRequirementInput: DocumentRequirementInput;
  DocumentType: DocumentTypeModel;
  DocumentTypeConnection: Omit<DocumentTypeConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentTypeEdge']> };
  DocumentTypeEdge: Omit<DocumentTypeEdge, 'node'> & { node: ResolversParentTypes['DocumentType'] };
  DocumentTypeFilter: DocumentTypeFilter;
  LoginInput: LoginInput;
  LoginPayload: LoginPayload;
  LogoutPayload: LogoutPayload;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Product: ProductModel;
  ProductCategory: ProductCategoryModel;
  ProductCategoryConnection: Omit<ProductCategoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductCategoryEdge']> };
  ProductCategoryEdge: Omit<ProductCategoryEdge, 'node'> & { node: ResolversParentTypes['ProductCategory'] };
  ProductCategoryFilter: ProductCategoryFilter;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  Query: Record<PropertyKey, never>;
  ReferenceItem: ReferenceItemModel;
  ReferenceItemConnection: Omit<ReferenceItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReferenceItemEdge']> };
  ReferenceItemEdge: Omit<ReferenceItemEdge, 'node'> & { node: ResolversParentTypes['ReferenceItem'] };
  ReferenceItemFilter: ReferenceItemFilter;
  RefreshSessionInput: RefreshSessionInput;
  RefreshSessionPayload: RefreshSessionPayload;
  SetProductBandwidthsInput: SetProductBandwidthsInput;
  SetProductBandwidthsPayload: Omit<SetProductBandwidthsPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  State: StateModel;
  StateConnection: Omit<StateConnection, 'edges'> & { edges: Array<ResolversParentTypes['StateEdge']> };
  StateEdge: Omit<StateEdge, 'node'> & { node: ResolversParentTypes['State'] };
  StateFilter: StateFilter;
  UpdateBandwidthInput: UpdateBandwidthInput;
  UpdateBandwidthPayload: Omit<UpdateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversParentTypes['Bandwidth']> };
  UpdateBranchInput: UpdateBranchInput;
  UpdateBranchPayload: Omit<UpdateBranchPayload, 'branch'> & { branch?: Maybe<ResolversParentTypes['Branch']> };
  UpdateBsoCitySettingInput: UpdateBsoCitySettingInput;
  UpdateBsoCitySettingPayload: Omit<UpdateBsoCitySettingPayload, 'bsoCitySetting'> & { bsoCitySetting?: Maybe<ResolversParentTypes['BsoCitySetting']> };
  UpdateBsoInput: UpdateBsoInput;
  UpdateBsoMailSettingInput: UpdateBsoMailSettingInput;
  UpdateBsoMailSettingPayload: Omit<UpdateBsoMailSettingPayload, 'bsoMailSetting'> & { bsoMailSetting?: Maybe<ResolversParentTypes['BsoMailSetting']> };
  UpdateBsoPayload: Omit<UpdateBsoPayload, 'bso'> & { bso?: Maybe<ResolversParentTypes['Bso']> };
  UpdateCityInput: UpdateCityInput;
  UpdateCityPayload: Omit<UpdateCityPayload, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  UpdateDocumentTypeInput: UpdateDocumentTypeInput;
  UpdateDocumentTypePayload: Omit<UpdateDocumentTypePayload, 'documentType'> & { documentType?: Maybe<ResolversParentTypes['DocumentType']> };
  UpdateProductCategoryInput: UpdateProductCategoryInput;
  UpdateProductCategoryPayload: Omit<UpdateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  UpdateReferenceItemInput: UpdateReferenceItemInput;
  UpdateReferenceItemPayload: Omit<UpdateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversParentTypes['ReferenceItem']> };
  UpdateStateInput: UpdateStateInput;
  UpdateStatePayload: Omit<UpdateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  UpdateZoneInput: UpdateZoneInput;
  UpdateZonePayload: Omit<UpdateZonePayload, 'zone'> & { zone?: Maybe<ResolversParentTypes['Zone']> };
  UserError: UserError;
  Zone: ZoneModel;
  ZoneConnection: Omit<ZoneConnection, 'edges'> & { edges: Array<ResolversParentTypes['ZoneEdge']> };
  ZoneEdge: Omit<ZoneEdge, 'node'> & { node: ResolversParentTypes['Zone'] };
  ZoneFilter: ZoneFilter;
}>;

export type AuditActorResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditFieldChange']>, ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditFieldChangeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthTokensResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['AuthTokens'] = ResolversParentTypes['AuthTokens']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tokenType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BandwidthResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Bandwidth'] = ResolversParentTypes['Bandwidth'], FederationReferenceType extends FederationReferenceTypes['Bandwidth'] = FederationReferenceTypes['Bandwidth']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Bandwidth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['BandwidthUnit'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BandwidthConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BandwidthConnection'] = ResolversParentTypes['BandwidthConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BandwidthEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BandwidthEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BandwidthEdge'] = ResolversParentTypes['BandwidthEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bandwidth'], ParentType, ContextType>;
}>;

export type BranchResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch'], FederationReferenceType extends FederationReferenceTypes['Branch'] = FederationReferenceTypes['Branch']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Branch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type BranchConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BranchConnection'] = ResolversParentTypes['BranchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BranchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BranchEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BranchEdge'] = ResolversParentTypes['BranchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
}>;

export type BsoResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Bso'] = ResolversParentTypes['Bso'], FederationReferenceType extends FederationReferenceTypes['Bso'] = FederationReferenceTypes['Bso']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Bso']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  citySettings?: Resolver<Array<ResolversTypes['BsoCitySetting']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['BsoContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  effectiveMailSetting?: Resolver<Maybe<ResolversTypes['BsoMailSetting']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mailSetting?: Resolver<Maybe<ResolversTypes['BsoMailSetting']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type BsoCitySettingResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoCitySetting'] = ResolversParentTypes['BsoCitySetting']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bso?: Resolver<ResolversTypes['Bso'], ParentType, ContextType>;
  cc?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tatHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type BsoCitySettingConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoCitySettingConnection'] = ResolversParentTypes['BsoCitySettingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BsoCitySettingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BsoCitySettingEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoCitySettingEdge'] = ResolversParentTypes['BsoCitySettingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BsoCitySetting'], ParentType, ContextType>;
}>;

export type BsoConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoConnection'] = ResolversParentTypes['BsoConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BsoEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BsoContactResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoContact'] = ResolversParentTypes['BsoContact']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BsoEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoEdge'] = ResolversParentTypes['BsoEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bso'], ParentType, ContextType>;
}>;

export type BsoMailSettingResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoMailSetting'] = ResolversParentTypes['BsoMailSetting']> = ResolversObject<{
  bodyTemplate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bso?: Resolver<Maybe<ResolversTypes['Bso']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  senderEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  senderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectTemplate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type BsoMailSettingConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoMailSettingConnection'] = ResolversParentTypes['BsoMailSettingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BsoMailSettingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BsoMailSettingEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['BsoMailSettingEdge'] = ResolversParentTypes['BsoMailSettingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BsoMailSetting'], ParentType, ContextType>;
}>;

export type ChangePasswordPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CityResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City'], FederationReferenceType extends FederationReferenceTypes['City'] = FederationReferenceTypes['City']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['City']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  bsoSettings?: Resolver<Array<ResolversTypes['BsoCitySetting']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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

export type CreateBandwidthPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateBandwidthPayload'] = ResolversParentTypes['CreateBandwidthPayload']> = ResolversObject<{
  bandwidth?: Resolver<Maybe<ResolversTypes['Bandwidth']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateBranchPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateBranchPayload'] = ResolversParentTypes['CreateBranchPayload']> = ResolversObject<{
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateBsoCitySettingPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateBsoCitySettingPayload'] = ResolversParentTypes['CreateBsoCitySettingPayload']> = ResolversObject<{
  bsoCitySetting?: Resolver<Maybe<ResolversTypes['BsoCitySetting']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateBsoMailSettingPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateBsoMailSettingPayload'] = ResolversParentTypes['CreateBsoMailSettingPayload']> = ResolversObject<{
  bsoMailSetting?: Resolver<Maybe<ResolversTypes['BsoMailSetting']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateBsoPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateBsoPayload'] = ResolversParentTypes['CreateBsoPayload']> = ResolversObject<{
  bso?: Resolver<Maybe<ResolversTypes['Bso']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateCityPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateCityPayload'] = ResolversParentTypes['CreateCityPayload']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateDocumentTypePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateDocumentTypePayload'] = ResolversParentTypes['CreateDocumentTypePayload']> = ResolversObject<{
  documentType?: Resolver<Maybe<ResolversTypes['DocumentType']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateProductCategoryPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateProductCategoryPayload'] = ResolversParentTypes['CreateProductCategoryPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  productCategory?: Resolver<Maybe<ResolversTypes['ProductCategory']>, ParentType, ContextType>;
}>;

export type CreateProductPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateProductPayload'] = ResolversParentTypes['CreateProductPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type CreateReferenceItemPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateReferenceItemPayload'] = ResolversParentTypes['CreateReferenceItemPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  referenceItem?: Resolver<Maybe<ResolversTypes['ReferenceItem']>, ParentType, ContextType>;
}>;

export type CreateStatePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateStatePayload'] = ResolversParentTypes['CreateStatePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export type CreateZonePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateZonePayload'] = ResolversParentTypes['CreateZonePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeactivateBandwidthPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateBandwidthPayload'] = ResolversParentTypes['DeactivateBandwidthPayload']> = ResolversObject<{
  bandwidth?: Resolver<Maybe<ResolversTypes['Bandwidth']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeactivateBranchPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateBranchPayload'] = ResolversParentTypes['DeactivateBranchPayload']> = ResolversObject<{
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeactivateBsoCitySettingPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateBsoCitySettingPayload'] = ResolversParentTypes['DeactivateBsoCitySettingPayload']> = ResolversObject<{
  bsoCitySetting?: Resolver<Maybe<ResolversTypes['BsoCitySetting']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeactivateBsoPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateBsoPayload'] = ResolversParentTypes['DeactivateBsoPayload']> = ResolversObject<{
  bso?: Resolver<Maybe<ResolversTypes['Bso']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeactivateCityPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateCityPayload'] = ResolversParentTypes['DeactivateCityPayload']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeactivateDocumentTypePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateDocumentTypePayload'] = ResolversParentTypes['DeactivateDocumentTypePayload']> = ResolversObject<{
  documentType?: Resolver<Maybe<ResolversTypes['DocumentType']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeactivateProductCategoryPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateProductCategoryPayload'] = ResolversParentTypes['DeactivateProductCategoryPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  productCategory?: Resolver<Maybe<ResolversTypes['ProductCategory']>, ParentType, ContextType>;
}>;

export type DeactivateProductPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateProductPayload'] = ResolversParentTypes['DeactivateProductPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type DeactivateReferenceItemPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateReferenceItemPayload'] = ResolversParentTypes['DeactivateReferenceItemPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  referenceItem?: Resolver<Maybe<ResolversTypes['ReferenceItem']>, ParentType, ContextType>;
}>;

export type DeactivateStatePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateStatePayload'] = ResolversParentTypes['DeactivateStatePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export type DeactivateZonePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateZonePayload'] = ResolversParentTypes['DeactivateZonePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
}>;

export type DocumentRequirementResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DocumentRequirement'] = ResolversParentTypes['DocumentRequirement']> = ResolversObject<{
  orderType?: Resolver<ResolversTypes['OrderType'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['ProcessStep'], ParentType, ContextType>;
}>;

export type DocumentTypeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DocumentType'] = ResolversParentTypes['DocumentType'], FederationReferenceType extends FederationReferenceTypes['DocumentType'] = FederationReferenceTypes['DocumentType']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DocumentType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allowedContentTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxSizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiredFor?: Resolver<Array<ResolversTypes['DocumentRequirement']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type DocumentTypeConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DocumentTypeConnection'] = ResolversParentTypes['DocumentTypeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DocumentTypeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DocumentTypeEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DocumentTypeEdge'] = ResolversParentTypes['DocumentTypeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
}>;

export type LoginPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  tokens?: Resolver<Maybe<ResolversTypes['AuthTokens']>, ParentType, ContextType>;
}>;

export type LogoutPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  loggedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createBandwidth?: Resolver<ResolversTypes['CreateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationCreateBandwidthArgs, 'input'>>;
  createBranch?: Resolver<ResolversTypes['CreateBranchPayload'], ParentType, ContextType, RequireFields<MutationCreateBranchArgs, 'input'>>;
  createBso?: Resolver<ResolversTypes['CreateBsoPayload'], ParentType, ContextType, RequireFields<MutationCreateBsoArgs, 'input'>>;
  createBsoCitySetting?: Resolver<ResolversTypes['CreateBsoCitySettingPayload'], ParentType, ContextType, RequireFields<MutationCreateBsoCitySettingArgs, 'input'>>;
  createBsoMailSetting?: Resolver<ResolversTypes['CreateBsoMailSettingPayload'], ParentType, ContextType, RequireFields<MutationCreateBsoMailSettingArgs, 'input'>>;
  createCity?: Resolver<ResolversTypes['CreateCityPayload'], ParentType, ContextType, RequireFields<MutationCreateCityArgs, 'input'>>;
  createDocumentType?: Resolver<ResolversTypes['CreateDocumentTypePayload'], ParentType, ContextType, RequireFields<MutationCreateDocumentTypeArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['CreateProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createProductCategory?: Resolver<ResolversTypes['CreateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationCreateProductCategoryArgs, 'input'>>;
  createReferenceItem?: Resolver<ResolversTypes['CreateReferenceItemPayload'], ParentType, ContextType, RequireFields<MutationCreateReferenceItemArgs, 'input'>>;
  createState?: Resolver<ResolversTypes['CreateStatePayload'], ParentType, ContextType, RequireFields<MutationCreateStateArgs, 'input'>>;
  createZone?: Resolver<ResolversTypes['CreateZonePayload'], ParentType, ContextType, RequireFields<MutationCreateZoneArgs, 'input'>>;
  deactivateBandwidth?: Resolver<ResolversTypes['DeactivateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBandwidthArgs, 'input'>>;
  deactivateBranch?: Resolver<ResolversTypes['DeactivateBranchPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBranchArgs, 'input'>>;
  deactivateBso?: Resolver<ResolversTypes['DeactivateBsoPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBsoArgs, 'input'>>;
  deactivateBsoCitySetting?: Resolver<ResolversTypes['DeactivateBsoCitySettingPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBsoCitySettingArgs, 'input'>>;
  deactivateCity?: Resolver<ResolversTypes['DeactivateCityPayload'], ParentType, ContextType, RequireFields<MutationDeactivateCityArgs, 'input'>>;
  deactivateDocumentType?: Resolver<ResolversTypes['DeactivateDocumentTypePayload'], ParentType, ContextType, RequireFields<MutationDeactivateDocumentTypeArgs, 'input'>>;
  deactivateProduct?: Resolver<ResolversTypes['DeactivateProductPayload'], ParentType, ContextType, RequireFields<MutationDeactivateProductArgs, 'input'>>;
  deactivateProductCategory?: Resolver<ResolversTypes['DeactivateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationDeactivateProductCategoryArgs, 'input'>>;
  deactivateReferenceItem?: Resolver<ResolversTypes['DeactivateReferenceItemPayload'], ParentType, ContextType, RequireFields<MutationDeactivateReferenceItemArgs, 'input'>>;
  deactivateState?: Resolver<ResolversTypes['DeactivateStatePayload'], ParentType, ContextType, RequireFields<MutationDeactivateStateArgs, 'input'>>;
  deactivateZone?: Resolver<ResolversTypes['DeactivateZonePayload'], ParentType, ContextType, RequireFields<MutationDeactivateZoneArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
  refreshSession?: Resolver<ResolversTypes['RefreshSessionPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'input'>>;
  setProductBandwidths?: Resolver<ResolversTypes['SetProductBandwidthsPayload'], ParentType, ContextType, RequireFields<MutationSetProductBandwidthsArgs, 'input'>>;
  updateBandwidth?: Resolver<ResolversTypes['UpdateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationUpdateBandwidthArgs, 'input'>>;
  updateBranch?: Resolver<ResolversTypes['UpdateBranchPayload'], ParentType, ContextType, RequireFields<MutationUpdateBranchArgs, 'input'>>;
  updateBso?: Resolver<ResolversTypes['UpdateBsoPayload'], ParentType, ContextType, RequireFields<MutationUpdateBsoArgs, 'input'>>;
  updateBsoCitySetting?: Resolver<ResolversTypes['UpdateBsoCitySettingPayload'], ParentType, ContextType, RequireFields<MutationUpdateBsoCitySettingArgs, 'input'>>;
  updateBsoMailSetting?: Resolver<ResolversTypes['UpdateBsoMailSettingPayload'], ParentType, ContextType, RequireFields<MutationUpdateBsoMailSettingArgs, 'input'>>;
  updateCity?: Resolver<ResolversTypes['UpdateCityPayload'], ParentType, ContextType, RequireFields<MutationUpdateCityArgs, 'input'>>;
  updateDocumentType?: Resolver<ResolversTypes['UpdateDocumentTypePayload'], ParentType, ContextType, RequireFields<MutationUpdateDocumentTypeArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['UpdateProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updateProductCategory?: Resolver<ResolversTypes['UpdateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductCategoryArgs, 'input'>>;
  updateReferenceItem?: Resolver<ResolversTypes['UpdateReferenceItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateReferenceItemArgs, 'input'>>;
  updateState?: Resolver<ResolversTypes['UpdateStatePayload'], ParentType, ContextType, RequireFields<MutationUpdateStateArgs, 'input'>>;
  updateZone?: Resolver<ResolversTypes['UpdateZonePayload'], ParentType, ContextType, RequireFields<MutationUpdateZoneArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bandwidths?: Resolver<Array<ResolversTypes['Bandwidth']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ProductCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ProductCategoryResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ProductCategory'] = ResolversParentTypes['ProductCategory'], FederationReferenceType extends FederationReferenceTypes['ProductCategory'] = FederationReferenceTypes['ProductCategory']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductCategory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ProductCategoryConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ProductCategoryConnection'] = ResolversParentTypes['ProductCategoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductCategoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductCategoryEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ProductCategoryEdge'] = ResolversParentTypes['ProductCategoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductCategory'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditEntries?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditEntriesArgs>>;
  auditEntry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditEntryArgs, 'id'>>;
  bandwidth?: Resolver<Maybe<ResolversTypes['Bandwidth']>, ParentType, ContextType, RequireFields<QueryBandwidthArgs, 'id'>>;
  bandwidths?: Resolver<ResolversTypes['BandwidthConnection'], ParentType, ContextType, Partial<QueryBandwidthsArgs>>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType, RequireFields<QueryBranchArgs, 'id'>>;
  branches?: Resolver<ResolversTypes['BranchConnection'], ParentType, ContextType, Partial<QueryBranchesArgs>>;
  bso?: Resolver<Maybe<ResolversTypes['Bso']>, ParentType, ContextType, RequireFields<QueryBsoArgs, 'id'>>;
  bsoCitySetting?: Resolver<Maybe<ResolversTypes['BsoCitySetting']>, ParentType, ContextType, RequireFields<QueryBsoCitySettingArgs, 'id'>>;
  bsoCitySettings?: Resolver<ResolversTypes['BsoCitySettingConnection'], ParentType, ContextType, Partial<QueryBsoCitySettingsArgs>>;
  bsoMailPlaceholders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bsoMailSetting?: Resolver<Maybe<ResolversTypes['BsoMailSetting']>, ParentType, ContextType, RequireFields<QueryBsoMailSettingArgs, 'id'>>;
  bsoMailSettings?: Resolver<ResolversTypes['BsoMailSettingConnection'], ParentType, ContextType, Partial<QueryBsoMailSettingsArgs>>;
  bsos?: Resolver<ResolversTypes['BsoConnection'], ParentType, ContextType, Partial<QueryBsosArgs>>;
  cities?: Resolver<ResolversTypes['CityConnection'], ParentType, ContextType, Partial<QueryCitiesArgs>>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  documentType?: Resolver<Maybe<ResolversTypes['DocumentType']>, ParentType, ContextType, RequireFields<QueryDocumentTypeArgs, 'id'>>;
  documentTypes?: Resolver<ResolversTypes['DocumentTypeConnection'], ParentType, ContextType, Partial<QueryDocumentTypesArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productCategories?: Resolver<ResolversTypes['ProductCategoryConnection'], ParentType, ContextType, Partial<QueryProductCategoriesArgs>>;
  productCategory?: Resolver<Maybe<ResolversTypes['ProductCategory']>, ParentType, ContextType, RequireFields<QueryProductCategoryArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  referenceItem?: Resolver<Maybe<ResolversTypes['ReferenceItem']>, ParentType, ContextType, RequireFields<QueryReferenceItemArgs, 'id'>>;
  referenceItems?: Resolver<ResolversTypes['ReferenceItemConnection'], ParentType, ContextType, RequireFields<QueryReferenceItemsArgs, 'list'>>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType, RequireFields<QueryStateArgs, 'id'>>;
  states?: Resolver<ResolversTypes['StateConnection'], ParentType, ContextType, Partial<QueryStatesArgs>>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType, RequireFields<QueryZoneArgs, 'id'>>;
  zones?: Resolver<ResolversTypes['ZoneConnection'], ParentType, ContextType, Partial<QueryZonesArgs>>;
}>;

export type ReferenceItemResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ReferenceItem'] = ResolversParentTypes['ReferenceItem'], FederationReferenceType extends FederationReferenceTypes['ReferenceItem'] = FederationReferenceTypes['ReferenceItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReferenceItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['ChargeType']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['ReferenceListKind'], ParentType, ContextType>;
  months?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ReferenceItemConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ReferenceItemConnection'] = ResolversParentTypes['ReferenceItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReferenceItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferenceItemEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ReferenceItemEdge'] = ResolversParentTypes['ReferenceItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReferenceItem'], ParentType, ContextType>;
}>;

export type RefreshSessionPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['RefreshSessionPayload'] = ResolversParentTypes['RefreshSessionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  tokens?: Resolver<Maybe<ResolversTypes['AuthTokens']>, ParentType, ContextType>;
}>;

export type SetProductBandwidthsPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['SetProductBandwidthsPayload'] = ResolversParentTypes['SetProductBandwidthsPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type StateResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State'], FederationReferenceType extends FederationReferenceTypes['State'] = FederationReferenceTypes['State']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['State']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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

export type UpdateBandwidthPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateBandwidthPayload'] = ResolversParentTypes['UpdateBandwidthPayload']> = ResolversObject<{
  bandwidth?: Resolver<Maybe<ResolversTypes['Bandwidth']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateBranchPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateBranchPayload'] = ResolversParentTypes['UpdateBranchPayload']> = ResolversObject<{
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateBsoCitySettingPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateBsoCitySettingPayload'] = ResolversParentTypes['UpdateBsoCitySettingPayload']> = ResolversObject<{
  bsoCitySetting?: Resolver<Maybe<ResolversTypes['BsoCitySetting']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateBsoMailSettingPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateBsoMailSettingPayload'] = ResolversParentTypes['UpdateBsoMailSettingPayload']> = ResolversObject<{
  bsoMailSetting?: Resolver<Maybe<ResolversTypes['BsoMailSetting']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateBsoPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateBsoPayload'] = ResolversParentTypes['UpdateBsoPayload']> = ResolversObject<{
  bso?: Resolver<Maybe<ResolversTypes['Bso']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateCityPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateCityPayload'] = ResolversParentTypes['UpdateCityPayload']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateDocumentTypePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateDocumentTypePayload'] = ResolversParentTypes['UpdateDocumentTypePayload']> = ResolversObject<{
  documentType?: Resolver<Maybe<ResolversTypes['DocumentType']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateProductCategoryPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateProductCategoryPayload'] = ResolversParentTypes['UpdateProductCategoryPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  productCategory?: Resolver<Maybe<ResolversTypes['ProductCategory']>, ParentType, ContextType>;
}>;

export type UpdateProductPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateProductPayload'] = ResolversParentTypes['UpdateProductPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type UpdateReferenceItemPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateReferenceItemPayload'] = ResolversParentTypes['UpdateReferenceItemPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  referenceItem?: Resolver<Maybe<ResolversTypes['ReferenceItem']>, ParentType, ContextType>;
}>;

export type UpdateStatePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateStatePayload'] = ResolversParentTypes['UpdateStatePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export type UpdateZonePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateZonePayload'] = ResolversParentTypes['UpdateZonePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ZoneResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone'], FederationReferenceType extends FederationReferenceTypes['Zone'] = FederationReferenceTypes['Zone']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Zone']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ZoneConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ZoneConnection'] = ResolversParentTypes['ZoneConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ZoneEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ZoneEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ZoneEdge'] = ResolversParentTypes['ZoneEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Zone'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MastersContext> = ResolversObject<{
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuthTokens?: AuthTokensResolvers<ContextType>;
  Bandwidth?: BandwidthResolvers<ContextType>;
  BandwidthConnection?: BandwidthConnectionResolvers<ContextType>;
  BandwidthEdge?: BandwidthEdgeResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  BranchConnection?: BranchConnectionResolvers<ContextType>;
  BranchEdge?: BranchEdgeResolvers<ContextType>;
  Bso?: BsoResolvers<ContextType>;
  BsoCitySetting?: BsoCitySettingResolvers<ContextType>;
  BsoCitySettingConnection?: BsoCitySettingConnectionResolvers<ContextType>;
  BsoCitySettingEdge?: BsoCitySettingEdgeResolvers<ContextType>;
  BsoConnection?: BsoConnectionResolvers<ContextType>;
  BsoContact?: BsoContactResolvers<ContextType>;
  BsoEdge?: BsoEdgeResolvers<ContextType>;
  BsoMailSetting?: BsoMailSettingResolvers<ContextType>;
  BsoMailSettingConnection?: BsoMailSettingConnectionResolvers<ContextType>;
  BsoMailSettingEdge?: BsoMailSettingEdgeResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityConnection?: CityConnectionResolvers<ContextType>;
  CityEdge?: CityEdgeResolvers<ContextType>;
  CreateBandwidthPayload?: CreateBandwidthPayloadResolvers<ContextType>;
  CreateBranchPayload?: CreateBranchPayloadResolvers<ContextType>;
  CreateBsoCitySettingPayload?: CreateBsoCitySettingPayloadResolvers<ContextType>;
  CreateBsoMailSettingPayload?: CreateBsoMailSettingPayloadResolvers<ContextType>;
  CreateBsoPayload?: CreateBsoPayloadResolvers<ContextType>;
  CreateCityPayload?: CreateCityPayloadResolvers<ContextType>;
  CreateDocumentTypePayload?: CreateDocumentTypePayloadResolvers<ContextType>;
  CreateProductCategoryPayload?: CreateProductCategoryPayloadResolvers<ContextType>;
  CreateProductPayload?: CreateProductPayloadResolvers<ContextType>;
  CreateReferenceItemPayload?: CreateReferenceItemPayloadResolvers<ContextType>;
  CreateStatePayload?: CreateStatePayloadResolvers<ContextType>;
  CreateZonePayload?: CreateZonePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeactivateBandwidthPayload?: DeactivateBandwidthPayloadResolvers<ContextType>;
  DeactivateBranchPayload?: DeactivateBranchPayloadResolvers<ContextType>;
  DeactivateBsoCitySettingPayload?: DeactivateBsoCitySettingPayloadResolvers<ContextType>;
  DeactivateBsoPayload?: DeactivateBsoPayloadResolvers<ContextType>;
  DeactivateCityPayload?: DeactivateCityPayloadResolvers<ContextType>;
  DeactivateDocumentTypePayload?: DeactivateDocumentTypePayloadResolvers<ContextType>;
  DeactivateProductCategoryPayload?: DeactivateProductCategoryPayloadResolvers<ContextType>;
  DeactivateProductPayload?: DeactivateProductPayloadResolvers<ContextType>;
  DeactivateReferenceItemPayload?: DeactivateReferenceItemPayloadResolvers<ContextType>;
  DeactivateStatePayload?: DeactivateStatePayloadResolvers<ContextType>;
  DeactivateZonePayload?: DeactivateZonePayloadResolvers<ContextType>;
  DocumentRequirement?: DocumentRequirementResolvers<ContextType>;
  DocumentType?: DocumentTypeResolvers<ContextType>;
  DocumentTypeConnection?: DocumentTypeConnectionResolvers<ContextType>;
  DocumentTypeEdge?: DocumentTypeEdgeResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductCategory?: ProductCategoryResolvers<ContextType>;
  ProductCategoryConnection?: ProductCategoryConnectionResolvers<ContextType>;
  ProductCategoryEdge?: ProductCategoryEdgeResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReferenceItem?: ReferenceItemResolvers<ContextType>;
  ReferenceItemConnection?: ReferenceItemConnectionResolvers<ContextType>;
  ReferenceItemEdge?: ReferenceItemEdgeResolvers<ContextType>;
  RefreshSessionPayload?: RefreshSessionPayloadResolvers<ContextType>;
  SetProductBandwidthsPayload?: SetProductBandwidthsPayloadResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  StateConnection?: StateConnectionResolvers<ContextType>;
  StateEdge?: StateEdgeResolvers<ContextType>;
  UpdateBandwidthPayload?: UpdateBandwidthPayloadResolvers<ContextType>;
  UpdateBranchPayload?: UpdateBranchPayloadResolvers<ContextType>;
  UpdateBsoCitySettingPayload?: UpdateBsoCitySettingPayloadResolvers<ContextType>;
  UpdateBsoMailSettingPayload?: UpdateBsoMailSettingPayloadResolvers<ContextType>;
  UpdateBsoPayload?: UpdateBsoPayloadResolvers<ContextType>;
  UpdateCityPayload?: UpdateCityPayloadResolvers<ContextType>;
  UpdateDocumentTypePayload?: UpdateDocumentTypePayloadResolvers<ContextType>;
  UpdateProductCategoryPayload?: UpdateProductCategoryPayloadResolvers<ContextType>;
  UpdateProductPayload?: UpdateProductPayloadResolvers<ContextType>;
  UpdateReferenceItemPayload?: UpdateReferenceItemPayloadResolvers<ContextType>;
  UpdateStatePayload?: UpdateStatePayloadResolvers<ContextType>;
  UpdateZonePayload?: UpdateZonePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
  ZoneConnection?: ZoneConnectionResolvers<ContextType>;
  ZoneEdge?: ZoneEdgeResolvers<ContextType>;
}>;

