import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AuditEntry as AuditEntryModel } from '../../domain/audit';
import { State as StateModel, City as CityModel } from '../../domain/geography';
import { Zone as ZoneModel, Branch as BranchModel } from '../../domain/organisation';
import { ProductCategory as ProductCategoryModel, Product as ProductModel, Bandwidth as BandwidthModel } from '../../domain/catalogue';
import { Bso as BsoModel, BsoCitySetting as BsoCitySettingModel, BsoMailSetting as BsoMailSettingModel } from '../../domain/bso';
import { ReferenceItem as ReferenceItemModel } from '../../domain/reference-lists';
import { DocumentType as DocumentTypeModel } from '../../domain/document-types';
import { User as UserModel, AccessGroup as AccessGroupModel, Menu as MenuModel, NamedRight as NamedRightModel, Team as TeamModel, GroupMenuRight as GroupMenuRightModel, UserMenuOverride as UserMenuOverrideModel } from '../../domain/identity';
import { MenuNode as MenuNodeModel } from '../../domain/effective-access';
import { MeView as MeViewModel } from '../../application/identity-queries';
import { AccessSnapshot as AccessSnapshotModel } from '@oms/contracts';
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

/** Removes one user's override on one menu. */
export type ClearUserMenuOverrideInput = {
  /** The menu whose override goes. */
  menuId: Scalars['ID']['input'];
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** The outcome of clearUserMenuOverride. */
export type ClearUserMenuOverridePayload = {
  __typename?: 'ClearUserMenuOverridePayload';
  /** Why nothing was changed (NOT_FOUND: no such user, or no override on that menu); empty on success. */
  errors: Array<UserError>;
  /** The user, when the override was removed. */
  user?: Maybe<User>;
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

/** What a new group needs. */
export type CreateGroupInput = {
  /** Unique code: 2–30 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** ALL (every branch and city) or ASSIGNED; a PARTNER group is always ASSIGNED. */
  dataScope: DataScope;
  /** The kind of users it is for; never changes. */
  kind: UserKind;
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** Codes of the active named rights every member gets. */
  namedRightCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome of createGroup. */
export type CreateGroupPayload = {
  __typename?: 'CreateGroupPayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The new group, when created. */
  group?: Maybe<Group>;
};

/** What a new menu needs. */
export type CreateMenuInput = {
  /** Unique code: 2–30 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** The active menu it sits under; top level when omitted. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The frontend route, a path starting with /; none for a heading. */
  route?: InputMaybe<Scalars['String']['input']>;
  /** Position among its siblings, 0–100000 (0 when omitted). */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of createMenu. */
export type CreateMenuPayload = {
  __typename?: 'CreateMenuPayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The new menu, when created. */
  menu?: Maybe<Menu>;
};

/** What a new named right needs. */
export type CreateNamedRightInput = {
  /** Unique code: 2–50 letters, digits or _, starting with a letter; stored upper case. */
  code: Scalars['String']['input'];
  /** What it allows, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of createNamedRight. */
export type CreateNamedRightPayload = {
  __typename?: 'CreateNamedRightPayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE); empty on success. */
  errors: Array<UserError>;
  /** The new named right, when created. */
  namedRight?: Maybe<NamedRight>;
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

/** What a new team needs. */
export type CreateTeamInput = {
  /** The active branch it works for. */
  branchId: Scalars['ID']['input'];
  /** Active cities it covers; all of the branch's when omitted or empty. */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Unique code: 2–30 letters, digits or _; stored upper case. */
  code: Scalars['String']['input'];
  /** What the team works on. */
  kind: TeamKind;
  /** The team's shared mail address. */
  mailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Active staff users; repeats are ignored. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
};

/** The outcome of createTeam. */
export type CreateTeamPayload = {
  __typename?: 'CreateTeamPayload';
  /** Why nothing was created (VALIDATION_FAILED, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The new team, when created. */
  team?: Maybe<Team>;
};

/** What a new user needs. */
export type CreateUserInput = {
  /** STAFF only: further active branches; repeats and the home branch are ignored. */
  branchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** PARTNER only, required: the active BSO the account belongs to. */
  bsoId?: InputMaybe<Scalars['ID']['input']>;
  /** A valid e-mail address, unique (case does not matter); stored lower case. */
  email: Scalars['String']['input'];
  /** At least one active group for this kind of user. */
  groupIds: Array<Scalars['ID']['input']>;
  /** STAFF only: the active home branch; required unless a group gives the ALL data scope. */
  homeBranchId?: InputMaybe<Scalars['ID']['input']>;
  /** STAFF only: active cities the user may act on for installations. */
  installationCityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** STAFF or PARTNER; never changes. */
  kind: UserKind;
  /** Display name, 2–100 characters. */
  name: Scalars['String']['input'];
  /** The initial password: 12–128 characters mixing at least three of lower case, upper case, digits, symbols. */
  password: Scalars['String']['input'];
  /** 6–15 digits with spaces, -, ( ) or a leading +. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Codes of active named rights given to the user directly. */
  rightCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome of createUser. */
export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  /** Why nothing was created (VALIDATION_FAILED, WEAK_PASSWORD, DUPLICATE, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The new user, when created. */
  user?: Maybe<User>;
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

/** How far a group's members see: ALL = every branch and city; ASSIGNED = their own branches and installation cities. */
export type DataScope =
  | 'ALL'
  | 'ASSIGNED';

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

/** Which group to deactivate. */
export type DeactivateGroupInput = {
  /** The group to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateGroup. */
export type DeactivateGroupPayload = {
  __typename?: 'DeactivateGroupPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated group, when deactivated. */
  group?: Maybe<Group>;
};

/** Which menu to deactivate. */
export type DeactivateMenuInput = {
  /** The menu to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateMenu. */
export type DeactivateMenuPayload = {
  __typename?: 'DeactivateMenuPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE, IN_USE: active menus sit under it); empty on success. */
  errors: Array<UserError>;
  /** The deactivated menu, when deactivated. */
  menu?: Maybe<Menu>;
};

/** Which named right to deactivate. */
export type DeactivateNamedRightInput = {
  /** The named right to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateNamedRight. */
export type DeactivateNamedRightPayload = {
  __typename?: 'DeactivateNamedRightPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated named right, when deactivated. */
  namedRight?: Maybe<NamedRight>;
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

/** Which team to deactivate. */
export type DeactivateTeamInput = {
  /** The team to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateTeam. */
export type DeactivateTeamPayload = {
  __typename?: 'DeactivateTeamPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated team, when deactivated. */
  team?: Maybe<Team>;
};

/** Which user to deactivate. */
export type DeactivateUserInput = {
  /** The user to deactivate. */
  id: Scalars['ID']['input'];
};

/** The outcome of deactivateUser. */
export type DeactivateUserPayload = {
  __typename?: 'DeactivateUserPayload';
  /** Why nothing was changed (NOT_FOUND, ALREADY_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The deactivated user, when deactivated. */
  user?: Maybe<User>;
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

/** A user's effective access, as published in `user_access.changed`. */
export type EffectiveAccess = {
  __typename?: 'EffectiveAccess';
  /** False for a deactivated user, who is granted nothing. */
  active: Scalars['Boolean']['output'];
  /** True when an active group gives the ALL data scope (every branch and city). */
  allBranches: Scalars['Boolean']['output'];
  /** Effective permissions: `MENU:RIGHT` and named-right codes, sorted. */
  permissions: Array<Scalars['String']['output']>;
  /** Increases with every change of the user's access. */
  version: Scalars['Int']['output'];
};

/** A group (role): what its members may do (menu rights, named rights) and how far they see (data scope). */
export type Group = {
  __typename?: 'Group';
  /** False once the group is deactivated: it gives its members nothing any more. */
  active: Scalars['Boolean']['output'];
  /** Unique code, upper case (e.g. SALES, HEAD_OFFICE); never changes. */
  code: Scalars['String']['output'];
  /** When the group was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ALL gives every branch and city; ASSIGNED the member's own. */
  dataScope: DataScope;
  /** When the group was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The kind of users it is for; never changes. */
  kind: UserKind;
  /** The rights it gives per menu, by menu code. */
  menuRights: Array<GroupMenuRight>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The named rights every member gets. */
  namedRights: Array<NamedRight>;
  /** When the group was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of groups, newest first. */
export type GroupConnection = {
  __typename?: 'GroupConnection';
  /** The groups of this page. */
  edges: Array<GroupEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many groups match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One group in a page of groups. */
export type GroupEdge = {
  __typename?: 'GroupEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The group. */
  node: Group;
};

/** Narrows a list of groups. */
export type GroupFilter = {
  /** Only active (true) or only inactive (false) groups; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only groups with this data scope. */
  dataScope?: InputMaybe<DataScope>;
  /** Only groups for this kind of user. */
  kind?: InputMaybe<UserKind>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The rights a group gives on one menu. */
export type GroupMenuRight = {
  __typename?: 'GroupMenuRight';
  menu: Menu;
  /** At least VIEW. */
  rights: Array<MenuRight>;
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

/** The signed-in user, what they may do and the navigation to show them: what a frontend starts from. */
export type Me = {
  __typename?: 'Me';
  /** True when an active group gives the ALL data scope: every branch and city, whatever `branches` lists. */
  allBranches: Scalars['Boolean']['output'];
  /** Every branch the user works in (home first); see allBranches. */
  branches: Array<Branch>;
  /** The user's active groups. */
  groups: Array<Group>;
  /** The cities the user may act on for installations. */
  installationCities: Array<City>;
  /** The menus the user has at least VIEW on, as a tree in sort order, each with the user's rights on it. */
  menus: Array<MenuNode>;
  /** Effective permissions: `MENU:RIGHT` and named-right codes, sorted. */
  permissions: Array<Scalars['String']['output']>;
  /** The user's record. */
  user: User;
};

/** A menu of the frontends' navigation, in a tree. Rights are given per menu; its code is the `MENU` of `MENU:RIGHT`. */
export type Menu = {
  __typename?: 'Menu';
  /** False once the menu is deactivated: it gives no permission and is shown to nobody. */
  active: Scalars['Boolean']['output'];
  /** The menus directly under it (active and inactive), in sort order. */
  children: Array<Menu>;
  /** Unique code, upper case (e.g. ORDERS); never changes. */
  code: Scalars['String']['output'];
  /** When the menu was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the menu was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The menu it sits under; null at the top level. */
  parent?: Maybe<Menu>;
  /** Where the frontend routes to (e.g. /orders); null for a heading that only groups other menus. */
  route?: Maybe<Scalars['String']['output']>;
  /** Position among its siblings (lowest first). */
  sortOrder: Scalars['Int']['output'];
  /** When the menu was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of menus, in sort order then code. */
export type MenuConnection = {
  __typename?: 'MenuConnection';
  /** The menus of this page. */
  edges: Array<MenuEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many menus match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One menu in a page of menus. */
export type MenuEdge = {
  __typename?: 'MenuEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The menu. */
  node: Menu;
};

/** Narrows a list of menus. */
export type MenuFilter = {
  /** Only active (true) or only inactive (false) menus; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the menus directly under this one. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only top-level menus (true) or only menus under another (false). */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One menu of the signed-in user's navigation. */
export type MenuNode = {
  __typename?: 'MenuNode';
  /** The visible menus under it, in sort order. */
  children: Array<MenuNode>;
  /** The menu's code (the `MENU` of permissions). */
  code: Scalars['String']['output'];
  /** The menu's id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The user's rights on this menu (always including VIEW). */
  rights: Array<MenuRight>;
  /** Where the frontend routes to; null for a heading. */
  route?: Maybe<Scalars['String']['output']>;
  /** Position among its siblings. */
  sortOrder: Scalars['Int']['output'];
};

/** A right on a menu; permissions are `MENU:RIGHT` (e.g. `ORDERS:APPROVE`). */
export type MenuRight =
  | 'ADMIN'
  | 'APPROVE'
  | 'CREATE'
  | 'EDIT'
  | 'VIEW';

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the caller's password. */
  changePassword: ChangePasswordPayload;
  /** Removes a user's override on a menu; publishes user.menu_overrides_changed and user_access.changed. */
  clearUserMenuOverride: ClearUserMenuOverridePayload;
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
  /** Creates a group (role); publishes group.created. */
  createGroup: CreateGroupPayload;
  /** Creates a menu; publishes menu.created. */
  createMenu: CreateMenuPayload;
  /** Creates a named right; publishes named_right.created. */
  createNamedRight: CreateNamedRightPayload;
  /** Creates a product in an active category; publishes product.created. */
  createProduct: CreateProductPayload;
  /** Creates a product category; publishes product_category.created. */
  createProductCategory: CreateProductCategoryPayload;
  /** Adds an item to a reference list; publishes reference_item.created. */
  createReferenceItem: CreateReferenceItemPayload;
  /** Creates a state; publishes state.created. */
  createState: CreateStatePayload;
  /** Creates a team; publishes team.created. */
  createTeam: CreateTeamPayload;
  /** Creates a user with an initial password; publishes user.created and user_access.changed. */
  createUser: CreateUserPayload;
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
  /** Deactivates a group; publishes group.deactivated and user_access.changed for every active member. */
  deactivateGroup: DeactivateGroupPayload;
  /** Deactivates a menu nothing active sits under; publishes menu.deactivated and user_access.changed for everyone it gave rights. */
  deactivateMenu: DeactivateMenuPayload;
  /** Deactivates a named right; publishes named_right.deactivated and user_access.changed for everyone who held it. */
  deactivateNamedRight: DeactivateNamedRightPayload;
  /** Deactivates a product; publishes product.deactivated. */
  deactivateProduct: DeactivateProductPayload;
  /** Deactivates a product category that has no active products; publishes product_category.deactivated. */
  deactivateProductCategory: DeactivateProductCategoryPayload;
  /** Deactivates a reference-list item; publishes reference_item.deactivated. */
  deactivateReferenceItem: DeactivateReferenceItemPayload;
  /** Deactivates a state that has no active cities; publishes state.deactivated. */
  deactivateState: DeactivateStatePayload;
  /** Deactivates a team; publishes team.deactivated. */
  deactivateTeam: DeactivateTeamPayload;
  /** Deactivates a user, who leaves their teams; publishes user.deactivated, team.updated and user_access.changed. */
  deactivateUser: DeactivateUserPayload;
  /** Deactivates a zone that has no active branches; publishes zone.deactivated. */
  deactivateZone: DeactivateZonePayload;
  /** Signs in; open to anyone. */
  login: LoginPayload;
  /** Ends the caller's session; its access tokens are refused from then on. */
  logout: LogoutPayload;
  /** Renews a session: a new access token and the next refresh token; open to anyone holding a refresh token. */
  refreshSession: RefreshSessionPayload;
  /** Sets a user's password and ends their sessions; publishes user.password_reset and session.revoked. */
  resetUserPassword: ResetUserPasswordPayload;
  /** Sets a group's rights on a menu; publishes group.menu_rights_set and user_access.changed for every active member. */
  setGroupMenuRights: SetGroupMenuRightsPayload;
  /** Replaces the bandwidths a product offers; publishes product.bandwidths_set. */
  setProductBandwidths: SetProductBandwidthsPayload;
  /** Replaces a team's members; publishes team.updated. */
  setTeamMembers: SetTeamMembersPayload;
  /** Gives a user their own rights on a menu; publishes user.menu_overrides_changed and user_access.changed. */
  setUserMenuOverride: SetUserMenuOverridePayload;
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
  /** Edits a group; publishes group.updated (and user_access.changed for every active member when scope or rights change). */
  updateGroup: UpdateGroupPayload;
  /** Edits a menu; publishes menu.updated. */
  updateMenu: UpdateMenuPayload;
  /** Edits a named right; publishes named_right.updated. */
  updateNamedRight: UpdateNamedRightPayload;
  /** Edits a product's name or category; publishes product.updated. */
  updateProduct: UpdateProductPayload;
  /** Renames a product category; publishes product_category.updated. */
  updateProductCategory: UpdateProductCategoryPayload;
  /** Edits a reference-list item's name, description, sort order or typed attribute; publishes reference_item.updated. */
  updateReferenceItem: UpdateReferenceItemPayload;
  /** Renames a state; publishes state.updated. */
  updateState: UpdateStatePayload;
  /** Edits a team; publishes team.updated. */
  updateTeam: UpdateTeamPayload;
  /** Edits a user; publishes user.updated and user_access.changed. */
  updateUser: UpdateUserPayload;
  /** Renames a zone; publishes zone.updated. */
  updateZone: UpdateZonePayload;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationClearUserMenuOverrideArgs = {
  input: ClearUserMenuOverrideInput;
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


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateMenuArgs = {
  input: CreateMenuInput;
};


export type MutationCreateNamedRightArgs = {
  input: CreateNamedRightInput;
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


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
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


export type MutationDeactivateGroupArgs = {
  input: DeactivateGroupInput;
};


export type MutationDeactivateMenuArgs = {
  input: DeactivateMenuInput;
};


export type MutationDeactivateNamedRightArgs = {
  input: DeactivateNamedRightInput;
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


export type MutationDeactivateTeamArgs = {
  input: DeactivateTeamInput;
};


export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
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


export type MutationResetUserPasswordArgs = {
  input: ResetUserPasswordInput;
};


export type MutationSetGroupMenuRightsArgs = {
  input: SetGroupMenuRightsInput;
};


export type MutationSetProductBandwidthsArgs = {
  input: SetProductBandwidthsInput;
};


export type MutationSetTeamMembersArgs = {
  input: SetTeamMembersInput;
};


export type MutationSetUserMenuOverrideArgs = {
  input: SetUserMenuOverrideInput;
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


export type MutationUpdateGroupArgs = {
  input: UpdateGroupInput;
};


export type MutationUpdateMenuArgs = {
  input: UpdateMenuInput;
};


export type MutationUpdateNamedRightArgs = {
  input: UpdateNamedRightInput;
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


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateZoneArgs = {
  input: UpdateZoneInput;
};

/** A right that is not about a menu (e.g. FEASIBILITY_RESPOND); its code is the permission itself. */
export type NamedRight = {
  __typename?: 'NamedRight';
  /** False once the right is deactivated: nobody holds it any more. */
  active: Scalars['Boolean']['output'];
  /** Unique code, upper case; never changes. */
  code: Scalars['String']['output'];
  /** When the right was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the right was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it allows; null when not given. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the right was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of named rights, newest first. */
export type NamedRightConnection = {
  __typename?: 'NamedRightConnection';
  /** The named rights of this page. */
  edges: Array<NamedRightEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many named rights match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One named right in a page of named rights. */
export type NamedRightEdge = {
  __typename?: 'NamedRightEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The named right. */
  node: NamedRight;
};

/** Narrows a list of named rights. */
export type NamedRightFilter = {
  /** Only active (true) or only inactive (false) rights; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
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
  /** One group by id, or null when there is none. */
  group?: Maybe<Group>;
  /** Groups, newest first, with cursor pagination (`first` is capped at 100). */
  groups: GroupConnection;
  /** The signed-in user, their access and navigation; null when nobody is signed in. */
  me?: Maybe<Me>;
  /** One menu by id, or null when there is none. */
  menu?: Maybe<Menu>;
  /** Menus in sort order, then code, with cursor pagination (`first` is capped at 100). */
  menus: MenuConnection;
  /** One named right by id, or null when there is none. */
  namedRight?: Maybe<NamedRight>;
  /** Named rights, newest first, with cursor pagination (`first` is capped at 100). */
  namedRights: NamedRightConnection;
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
  /** One team by id, or null when there is none. */
  team?: Maybe<Team>;
  /** Teams, newest first, with cursor pagination (`first` is capped at 100). */
  teams: TeamConnection;
  /** One user by id, or null when there is none. */
  user?: Maybe<User>;
  /** Users, newest first, with cursor pagination (`first` is capped at 100). */
  users: UserConnection;
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


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMenuArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMenusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MenuFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNamedRightArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNamedRightsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NamedRightFilter>;
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


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
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

/** An administrator sets a user's password. */
export type ResetUserPasswordInput = {
  /** The user. */
  id: Scalars['ID']['input'];
  /** The new password: 12–128 characters mixing at least three of lower case, upper case, digits, symbols. */
  password: Scalars['String']['input'];
};

/** The outcome of resetUserPassword. */
export type ResetUserPasswordPayload = {
  __typename?: 'ResetUserPasswordPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, WEAK_PASSWORD); empty on success. */
  errors: Array<UserError>;
  /** The user, when the password was set; every session of theirs has then ended. */
  user?: Maybe<User>;
};

/** Sets the rights a group gives on one menu. */
export type SetGroupMenuRightsInput = {
  /** The group. */
  groupId: Scalars['ID']['input'];
  /** The active menu. */
  menuId: Scalars['ID']['input'];
  /** The rights from now on (must include VIEW); empty: the group gives nothing on this menu. */
  rights: Array<MenuRight>;
};

/** The outcome of setGroupMenuRights. */
export type SetGroupMenuRightsPayload = {
  __typename?: 'SetGroupMenuRightsPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The group, when its rights were set. */
  group?: Maybe<Group>;
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

/** Replaces a team's members. */
export type SetTeamMembersInput = {
  /** Active staff users (repeats ignored); empty: no members. */
  memberIds: Array<Scalars['ID']['input']>;
  /** The team. */
  teamId: Scalars['ID']['input'];
};

/** The outcome of setTeamMembers. */
export type SetTeamMembersPayload = {
  __typename?: 'SetTeamMembersPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The team, when its members were set. */
  team?: Maybe<Team>;
};

/** Gives one user their own rights on one menu. */
export type SetUserMenuOverrideInput = {
  /** The active menu. */
  menuId: Scalars['ID']['input'];
  /** The rights that replace the groups' ones on this menu (must include VIEW); empty: take the menu away. */
  rights: Array<MenuRight>;
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** The outcome of setUserMenuOverride. */
export type SetUserMenuOverridePayload = {
  __typename?: 'SetUserMenuOverridePayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The user, when the override was set. */
  user?: Maybe<User>;
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

/**
 * A team doing one kind of work (provisioning, installation, ...) for a branch; other services pick recipients and
 * work queues from it.
 */
export type Team = {
  __typename?: 'Team';
  /** False once the team is deactivated: it gets no new work. */
  active: Scalars['Boolean']['output'];
  /** The branch it works for. */
  branch: Branch;
  /** The cities it covers; empty: all of the branch's. */
  cities: Array<City>;
  /** Unique code, upper case; never changes. */
  code: Scalars['String']['output'];
  /** When the team was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the team was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** What the team works on. */
  kind: TeamKind;
  /** The team's shared mail address; null when none. */
  mailAddress?: Maybe<Scalars['String']['output']>;
  /** Its members (staff users). */
  members: Array<User>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the team was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of teams, newest first. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** The teams of this page. */
  edges: Array<TeamEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many teams match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One team in a page of teams. */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The team. */
  node: Team;
};

/** Narrows a list of teams. */
export type TeamFilter = {
  /** Only active (true) or only inactive (false) teams; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only teams working for this branch. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Only teams covering this city (by their city list). */
  cityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only teams of this kind. */
  kind?: InputMaybe<TeamKind>;
  /** Only teams this user is a member of. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches code or name, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What a team works on. */
export type TeamKind =
  | 'BILLING'
  | 'INSTALLATION'
  | 'LOGISTICS'
  | 'PROVISIONING'
  | 'TECHNICAL';

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

/** Edits a group; omitted fields stay. Code and kind never change. */
export type UpdateGroupInput = {
  /** New data scope. */
  dataScope?: InputMaybe<DataScope>;
  /** The group to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The codes of the active named rights members get from now on. */
  namedRightCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome of updateGroup. */
export type UpdateGroupPayload = {
  __typename?: 'UpdateGroupPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The edited group, when edited. */
  group?: Maybe<Group>;
};

/** Edits a menu; omitted fields stay. Its code never changes. */
export type UpdateMenuInput = {
  /** The menu to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The active menu it moves under (not itself nor one of its own menus). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** New route; an empty text removes it. */
  route?: InputMaybe<Scalars['String']['input']>;
  /** New position among its siblings. */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** True moves it to the top level (do not give parentId then). */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The outcome of updateMenu. */
export type UpdateMenuPayload = {
  __typename?: 'UpdateMenuPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The edited menu, when edited. */
  menu?: Maybe<Menu>;
};

/** Edits a named right; omitted fields stay. Its code never changes. */
export type UpdateNamedRightInput = {
  /** New description; an empty text removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The named right to edit. */
  id: Scalars['ID']['input'];
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of updateNamedRight. */
export type UpdateNamedRightPayload = {
  __typename?: 'UpdateNamedRightPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED); empty on success. */
  errors: Array<UserError>;
  /** The edited named right, when edited. */
  namedRight?: Maybe<NamedRight>;
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

/** Edits a team; omitted fields stay. Its code never changes; members change with setTeamMembers. */
export type UpdateTeamInput = {
  /** The active branch it works for from now on. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** The active cities it covers from now on (replaces the list; empty: all of the branch's). */
  cityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The team to edit. */
  id: Scalars['ID']['input'];
  /** New kind of work. */
  kind?: InputMaybe<TeamKind>;
  /** New mail address; an empty text removes it. */
  mailAddress?: InputMaybe<Scalars['String']['input']>;
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of updateTeam. */
export type UpdateTeamPayload = {
  __typename?: 'UpdateTeamPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The edited team, when edited. */
  team?: Maybe<Team>;
};

/** Edits a user; omitted fields stay as they are, lists replace. Email, kind and BSO never change. */
export type UpdateUserInput = {
  /** The further active branches from now on (STAFF). */
  branchIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The active groups from now on: at least one. */
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New active home branch (STAFF). */
  homeBranchId?: InputMaybe<Scalars['ID']['input']>;
  /** The user to edit. */
  id: Scalars['ID']['input'];
  /** The active installation cities from now on (STAFF). */
  installationCityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New display name, 2–100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New phone; an empty text removes it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The codes of the active named rights given directly from now on. */
  rightCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The outcome of updateUser. */
export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  /** Why nothing was changed (NOT_FOUND, VALIDATION_FAILED, REFERENCE_NOT_FOUND, REFERENCE_INACTIVE); empty on success. */
  errors: Array<UserError>;
  /** The edited user, when edited. */
  user?: Maybe<User>;
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

/**
 * A person who signs in: staff of a branch (or of head office), or a BSO partner's account. The password is never
 * readable. Other subgraphs reference users by `id`.
 */
export type User = {
  __typename?: 'User';
  /** The access every service authorizes the user with, as last computed and published; null before the first. */
  access?: Maybe<EffectiveAccess>;
  /** False once the user is deactivated: they can no longer sign in. */
  active: Scalars['Boolean']['output'];
  /** The further branches the user works in, beyond the home branch. */
  additionalBranches: Array<Branch>;
  /** Every branch the user works in: the home branch first, then the further ones. */
  branches: Array<Branch>;
  /** The BSO a PARTNER account belongs to; null for staff. */
  bso?: Maybe<Bso>;
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the user was deactivated; null while active. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Unique, lower case; never changes; what the user signs in with. */
  email: Scalars['String']['output'];
  /** The user's groups (roles), active and inactive. */
  groups: Array<Group>;
  /** The branch a staff member belongs to; null for partners and for staff whose group gives the ALL scope. */
  homeBranch?: Maybe<Branch>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The cities the user may act on for installations. */
  installationCities: Array<City>;
  /** STAFF or PARTNER; never changes. */
  kind: UserKind;
  /** The user's own rights on some menus, replacing what their groups give there. */
  menuOverrides: Array<UserMenuOverride>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Named rights given to the user directly (their groups may give more). */
  namedRights: Array<NamedRight>;
  /** When the password was last set. */
  passwordChangedAt: Scalars['DateTime']['output'];
  /** Phone number; null when none. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the user was last edited; null when never. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of users, newest first. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page. */
  edges: Array<UserEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many users match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page of users. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
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

/** Narrows a list of users. */
export type UserFilter = {
  /** Only active (true) or only inactive (false) users; both when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only users whose home branch or one of whose further branches this is. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Only members of this group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only STAFF or only PARTNER users. */
  kind?: InputMaybe<UserKind>;
  /** Matches name or email, case-insensitive, anywhere in the text. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** STAFF works in branches; PARTNER is a BSO's account and sees only that BSO's work. */
export type UserKind =
  | 'PARTNER'
  | 'STAFF';

/** A user's own rights on a menu (they replace the groups' rights there; none: the menu is taken away). */
export type UserMenuOverride = {
  __typename?: 'UserMenuOverride';
  menu: Menu;
  /** The user's rights on the menu; empty: the user does not get the menu at all. */
  rights: Array<MenuRight>;
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
  Group: Group;
  Menu: Menu;
  NamedRight: NamedRight;
  Product: Product;
  ProductCategory: ProductCategory;
  ReferenceItem: ReferenceItem;
  State: State;
  Team: Team;
  User: User;
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
  Group:
    ( { __typename: 'Group' }
    & GraphQLRecursivePick<FederationTypes['Group'], {"id":true}> );
  Menu:
    ( { __typename: 'Menu' }
    & GraphQLRecursivePick<FederationTypes['Menu'], {"id":true}> );
  NamedRight:
    ( { __typename: 'NamedRight' }
    & GraphQLRecursivePick<FederationTypes['NamedRight'], {"id":true}> );
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
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
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
  ClearUserMenuOverrideInput: ClearUserMenuOverrideInput;
  ClearUserMenuOverridePayload: ResolverTypeWrapper<Omit<ClearUserMenuOverridePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
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
  CreateGroupInput: CreateGroupInput;
  CreateGroupPayload: ResolverTypeWrapper<Omit<CreateGroupPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  CreateMenuInput: CreateMenuInput;
  CreateMenuPayload: ResolverTypeWrapper<Omit<CreateMenuPayload, 'menu'> & { menu?: Maybe<ResolversTypes['Menu']> }>;
  CreateNamedRightInput: CreateNamedRightInput;
  CreateNamedRightPayload: ResolverTypeWrapper<Omit<CreateNamedRightPayload, 'namedRight'> & { namedRight?: Maybe<ResolversTypes['NamedRight']> }>;
  CreateProductCategoryInput: CreateProductCategoryInput;
  CreateProductCategoryPayload: ResolverTypeWrapper<Omit<CreateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  CreateProductInput: CreateProductInput;
  CreateProductPayload: ResolverTypeWrapper<Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  CreateReferenceItemInput: CreateReferenceItemInput;
  CreateReferenceItemPayload: ResolverTypeWrapper<Omit<CreateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversTypes['ReferenceItem']> }>;
  CreateStateInput: CreateStateInput;
  CreateStatePayload: ResolverTypeWrapper<Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  CreateTeamInput: CreateTeamInput;
  CreateTeamPayload: ResolverTypeWrapper<Omit<CreateTeamPayload, 'team'> & { team?: Maybe<ResolversTypes['Team']> }>;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  CreateZoneInput: CreateZoneInput;
  CreateZonePayload: ResolverTypeWrapper<Omit<CreateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  DataScope: DataScope;
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
  DeactivateGroupInput: DeactivateGroupInput;
  DeactivateGroupPayload: ResolverTypeWrapper<Omit<DeactivateGroupPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  DeactivateMenuInput: DeactivateMenuInput;
  DeactivateMenuPayload: ResolverTypeWrapper<Omit<DeactivateMenuPayload, 'menu'> & { menu?: Maybe<ResolversTypes['Menu']> }>;
  DeactivateNamedRightInput: DeactivateNamedRightInput;
  DeactivateNamedRightPayload: ResolverTypeWrapper<Omit<DeactivateNamedRightPayload, 'namedRight'> & { namedRight?: Maybe<ResolversTypes['NamedRight']> }>;
  DeactivateProductCategoryInput: DeactivateProductCategoryInput;
  DeactivateProductCategoryPayload: ResolverTypeWrapper<Omit<DeactivateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  DeactivateProductInput: DeactivateProductInput;
  DeactivateProductPayload: ResolverTypeWrapper<Omit<DeactivateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  DeactivateReferenceItemInput: DeactivateReferenceItemInput;
  DeactivateReferenceItemPayload: ResolverTypeWrapper<Omit<DeactivateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversTypes['ReferenceItem']> }>;
  DeactivateStateInput: DeactivateStateInput;
  DeactivateStatePayload: ResolverTypeWrapper<Omit<DeactivateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  DeactivateTeamInput: DeactivateTeamInput;
  DeactivateTeamPayload: ResolverTypeWrapper<Omit<DeactivateTeamPayload, 'team'> & { team?: Maybe<ResolversTypes['Team']> }>;
  DeactivateUserInput: DeactivateUserInput;
  DeactivateUserPayload: ResolverTypeWrapper<Omit<DeactivateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  DeactivateZoneInput: DeactivateZoneInput;
  DeactivateZonePayload: ResolverTypeWrapper<Omit<DeactivateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  DocumentRequirement: ResolverTypeWrapper<DocumentRequirement>;
  DocumentRequirementInput: DocumentRequirementInput;
  DocumentType: ResolverTypeWrapper<DocumentTypeModel>;
  DocumentTypeConnection: ResolverTypeWrapper<Omit<DocumentTypeConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentTypeEdge']> }>;
  DocumentTypeEdge: ResolverTypeWrapper<Omit<DocumentTypeEdge, 'node'> & { node: ResolversTypes['DocumentType'] }>;
  DocumentTypeFilter: DocumentTypeFilter;
  EffectiveAccess: ResolverTypeWrapper<AccessSnapshotModel>;
  Group: ResolverTypeWrapper<AccessGroupModel>;
  GroupConnection: ResolverTypeWrapper<Omit<GroupConnection, 'edges'> & { edges: Array<ResolversTypes['GroupEdge']> }>;
  GroupEdge: ResolverTypeWrapper<Omit<GroupEdge, 'node'> & { node: ResolversTypes['Group'] }>;
  GroupFilter: GroupFilter;
  GroupMenuRight: ResolverTypeWrapper<GroupMenuRightModel>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<LoginPayload>;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Me: ResolverTypeWrapper<MeViewModel>;
  Menu: ResolverTypeWrapper<MenuModel>;
  MenuConnection: ResolverTypeWrapper<Omit<MenuConnection, 'edges'> & { edges: Array<ResolversTypes['MenuEdge']> }>;
  MenuEdge: ResolverTypeWrapper<Omit<MenuEdge, 'node'> & { node: ResolversTypes['Menu'] }>;
  MenuFilter: MenuFilter;
  MenuNode: ResolverTypeWrapper<MenuNodeModel>;
  MenuRight: MenuRight;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedRight: ResolverTypeWrapper<NamedRightModel>;
  NamedRightConnection: ResolverTypeWrapper<Omit<NamedRightConnection, 'edges'> & { edges: Array<ResolversTypes['NamedRightEdge']> }>;
  NamedRightEdge: ResolverTypeWrapper<Omit<NamedRightEdge, 'node'> & { node: ResolversTypes['NamedRight'] }>;
  NamedRightFilter: NamedRightFilter;
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
  ResetUserPasswordInput: ResetUserPasswordInput;
  ResetUserPasswordPayload: ResolverTypeWrapper<Omit<ResetUserPasswordPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  SetGroupMenuRightsInput: SetGroupMenuRightsInput;
  SetGroupMenuRightsPayload: ResolverTypeWrapper<Omit<SetGroupMenuRightsPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  SetProductBandwidthsInput: SetProductBandwidthsInput;
  SetProductBandwidthsPayload: ResolverTypeWrapper<Omit<SetProductBandwidthsPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  SetTeamMembersInput: SetTeamMembersInput;
  SetTeamMembersPayload: ResolverTypeWrapper<Omit<SetTeamMembersPayload, 'team'> & { team?: Maybe<ResolversTypes['Team']> }>;
  SetUserMenuOverrideInput: SetUserMenuOverrideInput;
  SetUserMenuOverridePayload: ResolverTypeWrapper<Omit<SetUserMenuOverridePayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  State: ResolverTypeWrapper<StateModel>;
  StateConnection: ResolverTypeWrapper<Omit<StateConnection, 'edges'> & { edges: Array<ResolversTypes['StateEdge']> }>;
  StateEdge: ResolverTypeWrapper<Omit<StateEdge, 'node'> & { node: ResolversTypes['State'] }>;
  StateFilter: StateFilter;
  Team: ResolverTypeWrapper<TeamModel>;
  TeamConnection: ResolverTypeWrapper<Omit<TeamConnection, 'edges'> & { edges: Array<ResolversTypes['TeamEdge']> }>;
  TeamEdge: ResolverTypeWrapper<Omit<TeamEdge, 'node'> & { node: ResolversTypes['Team'] }>;
  TeamFilter: TeamFilter;
  TeamKind: TeamKind;
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
  UpdateGroupInput: UpdateGroupInput;
  UpdateGroupPayload: ResolverTypeWrapper<Omit<UpdateGroupPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  UpdateMenuInput: UpdateMenuInput;
  UpdateMenuPayload: ResolverTypeWrapper<Omit<UpdateMenuPayload, 'menu'> & { menu?: Maybe<ResolversTypes['Menu']> }>;
  UpdateNamedRightInput: UpdateNamedRightInput;
  UpdateNamedRightPayload: ResolverTypeWrapper<Omit<UpdateNamedRightPayload, 'namedRight'> & { namedRight?: Maybe<ResolversTypes['NamedRight']> }>;
  UpdateProductCategoryInput: UpdateProductCategoryInput;
  UpdateProductCategoryPayload: ResolverTypeWrapper<Omit<UpdateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: ResolverTypeWrapper<Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  UpdateReferenceItemInput: UpdateReferenceItemInput;
  UpdateReferenceItemPayload: ResolverTypeWrapper<Omit<UpdateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversTypes['ReferenceItem']> }>;
  UpdateStateInput: UpdateStateInput;
  UpdateStatePayload: ResolverTypeWrapper<Omit<UpdateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamPayload: ResolverTypeWrapper<Omit<UpdateTeamPayload, 'team'> & { team?: Maybe<ResolversTypes['Team']> }>;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: ResolverTypeWrapper<Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  UpdateZoneInput: UpdateZoneInput;
  UpdateZonePayload: ResolverTypeWrapper<Omit<UpdateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserFilter: UserFilter;
  UserKind: UserKind;
  UserMenuOverride: ResolverTypeWrapper<UserMenuOverrideModel>;
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
  ClearUserMenuOverrideInput: ClearUserMenuOverrideInput;
  ClearUserMenuOverridePayload: Omit<ClearUserMenuOverridePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
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
  CreateGroupInput: CreateGroupInput;
  CreateGroupPayload: Omit<CreateGroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  CreateMenuInput: CreateMenuInput;
  CreateMenuPayload: Omit<CreateMenuPayload, 'menu'> & { menu?: Maybe<ResolversParentTypes['Menu']> };
  CreateNamedRightInput: CreateNamedRightInput;
  CreateNamedRightPayload: Omit<CreateNamedRightPayload, 'namedRight'> & { namedRight?: Maybe<ResolversParentTypes['NamedRight']> };
  CreateProductCategoryInput: CreateProductCategoryInput;
  CreateProductCategoryPayload: Omit<CreateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  CreateProductInput: CreateProductInput;
  CreateProductPayload: Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  CreateReferenceItemInput: CreateReferenceItemInput;
  CreateReferenceItemPayload: Omit<CreateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversParentTypes['ReferenceItem']> };
  CreateStateInput: CreateStateInput;
  CreateStatePayload: Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  CreateTeamInput: CreateTeamInput;
  CreateTeamPayload: Omit<CreateTeamPayload, 'team'> & { team?: Maybe<ResolversParentTypes['Team']> };
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
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
  DeactivateGroupInput: DeactivateGroupInput;
  DeactivateGroupPayload: Omit<DeactivateGroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  DeactivateMenuInput: DeactivateMenuInput;
  DeactivateMenuPayload: Omit<DeactivateMenuPayload, 'menu'> & { menu?: Maybe<ResolversParentTypes['Menu']> };
  DeactivateNamedRightInput: DeactivateNamedRightInput;
  DeactivateNamedRightPayload: Omit<DeactivateNamedRightPayload, 'namedRight'> & { namedRight?: Maybe<ResolversParentTypes['NamedRight']> };
  DeactivateProductCategoryInput: DeactivateProductCategoryInput;
  DeactivateProductCategoryPayload: Omit<DeactivateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  DeactivateProductInput: DeactivateProductInput;
  DeactivateProductPayload: Omit<DeactivateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  DeactivateReferenceItemInput: DeactivateReferenceItemInput;
  DeactivateReferenceItemPayload: Omit<DeactivateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversParentTypes['ReferenceItem']> };
  DeactivateStateInput: DeactivateStateInput;
  DeactivateStatePayload: Omit<DeactivateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  DeactivateTeamInput: DeactivateTeamInput;
  DeactivateTeamPayload: Omit<DeactivateTeamPayload, 'team'> & { team?: Maybe<ResolversParentTypes['Team']> };
  DeactivateUserInput: DeactivateUserInput;
  DeactivateUserPayload: Omit<DeactivateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  DeactivateZoneInput: DeactivateZoneInput;
  DeactivateZonePayload: Omit<DeactivateZonePayload, 'zone'> & { zone?: Maybe<ResolversParentTypes['Zone']> };
  DocumentRequirement: DocumentRequirement;
  DocumentRequirementInput: DocumentRequirementInput;
  DocumentType: DocumentTypeModel;
  DocumentTypeConnection: Omit<DocumentTypeConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentTypeEdge']> };
  DocumentTypeEdge: Omit<DocumentTypeEdge, 'node'> & { node: ResolversParentTypes['DocumentType'] };
  DocumentTypeFilter: DocumentTypeFilter;
  EffectiveAccess: AccessSnapshotModel;
  Group: AccessGroupModel;
  GroupConnection: Omit<GroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupEdge']> };
  GroupEdge: Omit<GroupEdge, 'node'> & { node: ResolversParentTypes['Group'] };
  GroupFilter: GroupFilter;
  GroupMenuRight: GroupMenuRightModel;
  LoginInput: LoginInput;
  LoginPayload: LoginPayload;
  LogoutPayload: LogoutPayload;
  Me: MeViewModel;
  Menu: MenuModel;
  MenuConnection: Omit<MenuConnection, 'edges'> & { edges: Array<ResolversParentTypes['MenuEdge']> };
  MenuEdge: Omit<MenuEdge, 'node'> & { node: ResolversParentTypes['Menu'] };
  MenuFilter: MenuFilter;
  MenuNode: MenuNodeModel;
  Mutation: Record<PropertyKey, never>;
  NamedRight: NamedRightModel;
  NamedRightConnection: Omit<NamedRightConnection, 'edges'> & { edges: Array<ResolversParentTypes['NamedRightEdge']> };
  NamedRightEdge: Omit<NamedRightEdge, 'node'> & { node: ResolversParentTypes['NamedRight'] };
  NamedRightFilter: NamedRightFilter;
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
  ResetUserPasswordInput: ResetUserPasswordInput;
  ResetUserPasswordPayload: Omit<ResetUserPasswordPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  SetGroupMenuRightsInput: SetGroupMenuRightsInput;
  SetGroupMenuRightsPayload: Omit<SetGroupMenuRightsPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  SetProductBandwidthsInput: SetProductBandwidthsInput;
  SetProductBandwidthsPayload: Omit<SetProductBandwidthsPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  SetTeamMembersInput: SetTeamMembersInput;
  SetTeamMembersPayload: Omit<SetTeamMembersPayload, 'team'> & { team?: Maybe<ResolversParentTypes['Team']> };
  SetUserMenuOverrideInput: SetUserMenuOverrideInput;
  SetUserMenuOverridePayload: Omit<SetUserMenuOverridePayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  State: StateModel;
  StateConnection: Omit<StateConnection, 'edges'> & { edges: Array<ResolversParentTypes['StateEdge']> };
  StateEdge: Omit<StateEdge, 'node'> & { node: ResolversParentTypes['State'] };
  StateFilter: StateFilter;
  Team: TeamModel;
  TeamConnection: Omit<TeamConnection, 'edges'> & { edges: Array<ResolversParentTypes['TeamEdge']> };
  TeamEdge: Omit<TeamEdge, 'node'> & { node: ResolversParentTypes['Team'] };
  TeamFilter: TeamFilter;
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
  UpdateGroupInput: UpdateGroupInput;
  UpdateGroupPayload: Omit<UpdateGroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  UpdateMenuInput: UpdateMenuInput;
  UpdateMenuPayload: Omit<UpdateMenuPayload, 'menu'> & { menu?: Maybe<ResolversParentTypes['Menu']> };
  UpdateNamedRightInput: UpdateNamedRightInput;
  UpdateNamedRightPayload: Omit<UpdateNamedRightPayload, 'namedRight'> & { namedRight?: Maybe<ResolversParentTypes['NamedRight']> };
  UpdateProductCategoryInput: UpdateProductCategoryInput;
  UpdateProductCategoryPayload: Omit<UpdateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  UpdateReferenceItemInput: UpdateReferenceItemInput;
  UpdateReferenceItemPayload: Omit<UpdateReferenceItemPayload, 'referenceItem'> & { referenceItem?: Maybe<ResolversParentTypes['ReferenceItem']> };
  UpdateStateInput: UpdateStateInput;
  UpdateStatePayload: Omit<UpdateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamPayload: Omit<UpdateTeamPayload, 'team'> & { team?: Maybe<ResolversParentTypes['Team']> };
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  UpdateZoneInput: UpdateZoneInput;
  UpdateZonePayload: Omit<UpdateZonePayload, 'zone'> & { zone?: Maybe<ResolversParentTypes['Zone']> };
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserFilter: UserFilter;
  UserMenuOverride: UserMenuOverrideModel;
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

export type ClearUserMenuOverridePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ClearUserMenuOverridePayload'] = ResolversParentTypes['ClearUserMenuOverridePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
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

export type CreateGroupPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateGroupPayload'] = ResolversParentTypes['CreateGroupPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
}>;

export type CreateMenuPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateMenuPayload'] = ResolversParentTypes['CreateMenuPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  menu?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType>;
}>;

export type CreateNamedRightPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateNamedRightPayload'] = ResolversParentTypes['CreateNamedRightPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  namedRight?: Resolver<Maybe<ResolversTypes['NamedRight']>, ParentType, ContextType>;
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

export type CreateTeamPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateTeamPayload'] = ResolversParentTypes['CreateTeamPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type CreateUserPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateUserPayload'] = ResolversParentTypes['CreateUserPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
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

export type DeactivateGroupPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateGroupPayload'] = ResolversParentTypes['DeactivateGroupPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
}>;

export type DeactivateMenuPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateMenuPayload'] = ResolversParentTypes['DeactivateMenuPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  menu?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType>;
}>;

export type DeactivateNamedRightPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateNamedRightPayload'] = ResolversParentTypes['DeactivateNamedRightPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  namedRight?: Resolver<Maybe<ResolversTypes['NamedRight']>, ParentType, ContextType>;
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

export type DeactivateTeamPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateTeamPayload'] = ResolversParentTypes['DeactivateTeamPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type DeactivateUserPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateUserPayload'] = ResolversParentTypes['DeactivateUserPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
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

export type EffectiveAccessResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['EffectiveAccess'] = ResolversParentTypes['EffectiveAccess']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allBranches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GroupResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group'], FederationReferenceType extends FederationReferenceTypes['Group'] = FederationReferenceTypes['Group']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Group']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dataScope?: Resolver<ResolversTypes['DataScope'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UserKind'], ParentType, ContextType>;
  menuRights?: Resolver<Array<ResolversTypes['GroupMenuRight']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedRights?: Resolver<Array<ResolversTypes['NamedRight']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type GroupConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['GroupConnection'] = ResolversParentTypes['GroupConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GroupEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['GroupEdge'] = ResolversParentTypes['GroupEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
}>;

export type GroupMenuRightResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['GroupMenuRight'] = ResolversParentTypes['GroupMenuRight']> = ResolversObject<{
  menu?: Resolver<ResolversTypes['Menu'], ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['MenuRight']>, ParentType, ContextType>;
}>;

export type LoginPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  tokens?: Resolver<Maybe<ResolversTypes['AuthTokens']>, ParentType, ContextType>;
}>;

export type LogoutPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  loggedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  allBranches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  installationCities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  menus?: Resolver<Array<ResolversTypes['MenuNode']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MenuResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Menu'] = ResolversParentTypes['Menu'], FederationReferenceType extends FederationReferenceTypes['Menu'] = FederationReferenceTypes['Menu']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Menu']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Menu']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type MenuConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['MenuConnection'] = ResolversParentTypes['MenuConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MenuEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MenuEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['MenuEdge'] = ResolversParentTypes['MenuEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Menu'], ParentType, ContextType>;
}>;

export type MenuNodeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['MenuNode'] = ResolversParentTypes['MenuNode']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['MenuNode']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['MenuRight']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  clearUserMenuOverride?: Resolver<ResolversTypes['ClearUserMenuOverridePayload'], ParentType, ContextType, RequireFields<MutationClearUserMenuOverrideArgs, 'input'>>;
  createBandwidth?: Resolver<ResolversTypes['CreateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationCreateBandwidthArgs, 'input'>>;
  createBranch?: Resolver<ResolversTypes['CreateBranchPayload'], ParentType, ContextType, RequireFields<MutationCreateBranchArgs, 'input'>>;
  createBso?: Resolver<ResolversTypes['CreateBsoPayload'], ParentType, ContextType, RequireFields<MutationCreateBsoArgs, 'input'>>;
  createBsoCitySetting?: Resolver<ResolversTypes['CreateBsoCitySettingPayload'], ParentType, ContextType, RequireFields<MutationCreateBsoCitySettingArgs, 'input'>>;
  createBsoMailSetting?: Resolver<ResolversTypes['CreateBsoMailSettingPayload'], ParentType, ContextType, RequireFields<MutationCreateBsoMailSettingArgs, 'input'>>;
  createCity?: Resolver<ResolversTypes['CreateCityPayload'], ParentType, ContextType, RequireFields<MutationCreateCityArgs, 'input'>>;
  createDocumentType?: Resolver<ResolversTypes['CreateDocumentTypePayload'], ParentType, ContextType, RequireFields<MutationCreateDocumentTypeArgs, 'input'>>;
  createGroup?: Resolver<ResolversTypes['CreateGroupPayload'], ParentType, ContextType, RequireFields<MutationCreateGroupArgs, 'input'>>;
  createMenu?: Resolver<ResolversTypes['CreateMenuPayload'], ParentType, ContextType, RequireFields<MutationCreateMenuArgs, 'input'>>;
  createNamedRight?: Resolver<ResolversTypes['CreateNamedRightPayload'], ParentType, ContextType, RequireFields<MutationCreateNamedRightArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['CreateProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createProductCategory?: Resolver<ResolversTypes['CreateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationCreateProductCategoryArgs, 'input'>>;
  createReferenceItem?: Resolver<ResolversTypes['CreateReferenceItemPayload'], ParentType, ContextType, RequireFields<MutationCreateReferenceItemArgs, 'input'>>;
  createState?: Resolver<ResolversTypes['CreateStatePayload'], ParentType, ContextType, RequireFields<MutationCreateStateArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['CreateTeamPayload'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createZone?: Resolver<ResolversTypes['CreateZonePayload'], ParentType, ContextType, RequireFields<MutationCreateZoneArgs, 'input'>>;
  deactivateBandwidth?: Resolver<ResolversTypes['DeactivateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBandwidthArgs, 'input'>>;
  deactivateBranch?: Resolver<ResolversTypes['DeactivateBranchPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBranchArgs, 'input'>>;
  deactivateBso?: Resolver<ResolversTypes['DeactivateBsoPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBsoArgs, 'input'>>;
  deactivateBsoCitySetting?: Resolver<ResolversTypes['DeactivateBsoCitySettingPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBsoCitySettingArgs, 'input'>>;
  deactivateCity?: Resolver<ResolversTypes['DeactivateCityPayload'], ParentType, ContextType, RequireFields<MutationDeactivateCityArgs, 'input'>>;
  deactivateDocumentType?: Resolver<ResolversTypes['DeactivateDocumentTypePayload'], ParentType, ContextType, RequireFields<MutationDeactivateDocumentTypeArgs, 'input'>>;
  deactivateGroup?: Resolver<ResolversTypes['DeactivateGroupPayload'], ParentType, ContextType, RequireFields<MutationDeactivateGroupArgs, 'input'>>;
  deactivateMenu?: Resolver<ResolversTypes['DeactivateMenuPayload'], ParentType, ContextType, RequireFields<MutationDeactivateMenuArgs, 'input'>>;
  deactivateNamedRight?: Resolver<ResolversTypes['DeactivateNamedRightPayload'], ParentType, ContextType, RequireFields<MutationDeactivateNamedRightArgs, 'input'>>;
  deactivateProduct?: Resolver<ResolversTypes['DeactivateProductPayload'], ParentType, ContextType, RequireFields<MutationDeactivateProductArgs, 'input'>>;
  deactivateProductCategory?: Resolver<ResolversTypes['DeactivateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationDeactivateProductCategoryArgs, 'input'>>;
  deactivateReferenceItem?: Resolver<ResolversTypes['DeactivateReferenceItemPayload'], ParentType, ContextType, RequireFields<MutationDeactivateReferenceItemArgs, 'input'>>;
  deactivateState?: Resolver<ResolversTypes['DeactivateStatePayload'], ParentType, ContextType, RequireFields<MutationDeactivateStateArgs, 'input'>>;
  deactivateTeam?: Resolver<ResolversTypes['DeactivateTeamPayload'], ParentType, ContextType, RequireFields<MutationDeactivateTeamArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['DeactivateUserPayload'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'input'>>;
  deactivateZone?: Resolver<ResolversTypes['DeactivateZonePayload'], ParentType, ContextType, RequireFields<MutationDeactivateZoneArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
  refreshSession?: Resolver<ResolversTypes['RefreshSessionPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'input'>>;
  resetUserPassword?: Resolver<ResolversTypes['ResetUserPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'input'>>;
  setGroupMenuRights?: Resolver<ResolversTypes['SetGroupMenuRightsPayload'], ParentType, ContextType, RequireFields<MutationSetGroupMenuRightsArgs, 'input'>>;
  setProductBandwidths?: Resolver<ResolversTypes['SetProductBandwidthsPayload'], ParentType, ContextType, RequireFields<MutationSetProductBandwidthsArgs, 'input'>>;
  setTeamMembers?: Resolver<ResolversTypes['SetTeamMembersPayload'], ParentType, ContextType, RequireFields<MutationSetTeamMembersArgs, 'input'>>;
  setUserMenuOverride?: Resolver<ResolversTypes['SetUserMenuOverridePayload'], ParentType, ContextType, RequireFields<MutationSetUserMenuOverrideArgs, 'input'>>;
  updateBandwidth?: Resolver<ResolversTypes['UpdateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationUpdateBandwidthArgs, 'input'>>;
  updateBranch?: Resolver<ResolversTypes['UpdateBranchPayload'], ParentType, ContextType, RequireFields<MutationUpdateBranchArgs, 'input'>>;
  updateBso?: Resolver<ResolversTypes['UpdateBsoPayload'], ParentType, ContextType, RequireFields<MutationUpdateBsoArgs, 'input'>>;
  updateBsoCitySetting?: Resolver<ResolversTypes['UpdateBsoCitySettingPayload'], ParentType, ContextType, RequireFields<MutationUpdateBsoCitySettingArgs, 'input'>>;
  updateBsoMailSetting?: Resolver<ResolversTypes['UpdateBsoMailSettingPayload'], ParentType, ContextType, RequireFields<MutationUpdateBsoMailSettingArgs, 'input'>>;
  updateCity?: Resolver<ResolversTypes['UpdateCityPayload'], ParentType, ContextType, RequireFields<MutationUpdateCityArgs, 'input'>>;
  updateDocumentType?: Resolver<ResolversTypes['UpdateDocumentTypePayload'], ParentType, ContextType, RequireFields<MutationUpdateDocumentTypeArgs, 'input'>>;
  updateGroup?: Resolver<ResolversTypes['UpdateGroupPayload'], ParentType, ContextType, RequireFields<MutationUpdateGroupArgs, 'input'>>;
  updateMenu?: Resolver<ResolversTypes['UpdateMenuPayload'], ParentType, ContextType, RequireFields<MutationUpdateMenuArgs, 'input'>>;
  updateNamedRight?: Resolver<ResolversTypes['UpdateNamedRightPayload'], ParentType, ContextType, RequireFields<MutationUpdateNamedRightArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['UpdateProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updateProductCategory?: Resolver<ResolversTypes['UpdateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductCategoryArgs, 'input'>>;
  updateReferenceItem?: Resolver<ResolversTypes['UpdateReferenceItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateReferenceItemArgs, 'input'>>;
  updateState?: Resolver<ResolversTypes['UpdateStatePayload'], ParentType, ContextType, RequireFields<MutationUpdateStateArgs, 'input'>>;
  updateTeam?: Resolver<ResolversTypes['UpdateTeamPayload'], ParentType, ContextType, RequireFields<MutationUpdateTeamArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  updateZone?: Resolver<ResolversTypes['UpdateZonePayload'], ParentType, ContextType, RequireFields<MutationUpdateZoneArgs, 'input'>>;
}>;

export type NamedRightResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['NamedRight'] = ResolversParentTypes['NamedRight'], FederationReferenceType extends FederationReferenceTypes['NamedRight'] = FederationReferenceTypes['NamedRight']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NamedRight']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type NamedRightConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['NamedRightConnection'] = ResolversParentTypes['NamedRightConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NamedRightEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NamedRightEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['NamedRightEdge'] = ResolversParentTypes['NamedRightEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NamedRight'], ParentType, ContextType>;
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
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<QueryGroupArgs, 'id'>>;
  groups?: Resolver<ResolversTypes['GroupConnection'], ParentType, ContextType, Partial<QueryGroupsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  menu?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType, RequireFields<QueryMenuArgs, 'id'>>;
  menus?: Resolver<ResolversTypes['MenuConnection'], ParentType, ContextType, Partial<QueryMenusArgs>>;
  namedRight?: Resolver<Maybe<ResolversTypes['NamedRight']>, ParentType, ContextType, RequireFields<QueryNamedRightArgs, 'id'>>;
  namedRights?: Resolver<ResolversTypes['NamedRightConnection'], ParentType, ContextType, Partial<QueryNamedRightsArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productCategories?: Resolver<ResolversTypes['ProductCategoryConnection'], ParentType, ContextType, Partial<QueryProductCategoriesArgs>>;
  productCategory?: Resolver<Maybe<ResolversTypes['ProductCategory']>, ParentType, ContextType, RequireFields<QueryProductCategoryArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  referenceItem?: Resolver<Maybe<ResolversTypes['ReferenceItem']>, ParentType, ContextType, RequireFields<QueryReferenceItemArgs, 'id'>>;
  referenceItems?: Resolver<ResolversTypes['ReferenceItemConnection'], ParentType, ContextType, RequireFields<QueryReferenceItemsArgs, 'list'>>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType, RequireFields<QueryStateArgs, 'id'>>;
  states?: Resolver<ResolversTypes['StateConnection'], ParentType, ContextType, Partial<QueryStatesArgs>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  teams?: Resolver<ResolversTypes['TeamConnection'], ParentType, ContextType, Partial<QueryTeamsArgs>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<QueryUsersArgs>>;
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

export type ResetUserPasswordPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['ResetUserPasswordPayload'] = ResolversParentTypes['ResetUserPasswordPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type SetGroupMenuRightsPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['SetGroupMenuRightsPayload'] = ResolversParentTypes['SetGroupMenuRightsPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
}>;

export type SetProductBandwidthsPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['SetProductBandwidthsPayload'] = ResolversParentTypes['SetProductBandwidthsPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type SetTeamMembersPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['SetTeamMembersPayload'] = ResolversParentTypes['SetTeamMembersPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type SetUserMenuOverridePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['SetUserMenuOverridePayload'] = ResolversParentTypes['SetUserMenuOverridePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
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

export type TeamResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TeamKind'], ParentType, ContextType>;
  mailAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type TeamConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['TeamConnection'] = ResolversParentTypes['TeamConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['TeamEdge'] = ResolversParentTypes['TeamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
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

export type UpdateGroupPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateGroupPayload'] = ResolversParentTypes['UpdateGroupPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
}>;

export type UpdateMenuPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateMenuPayload'] = ResolversParentTypes['UpdateMenuPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  menu?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType>;
}>;

export type UpdateNamedRightPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateNamedRightPayload'] = ResolversParentTypes['UpdateNamedRightPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  namedRight?: Resolver<Maybe<ResolversTypes['NamedRight']>, ParentType, ContextType>;
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

export type UpdateTeamPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateTeamPayload'] = ResolversParentTypes['UpdateTeamPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type UpdateUserPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateUserPayload'] = ResolversParentTypes['UpdateUserPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type UpdateZonePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateZonePayload'] = ResolversParentTypes['UpdateZonePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  access?: Resolver<Maybe<ResolversTypes['EffectiveAccess']>, ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  additionalBranches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  bso?: Resolver<Maybe<ResolversTypes['Bso']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType>;
  homeBranch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installationCities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UserKind'], ParentType, ContextType>;
  menuOverrides?: Resolver<Array<ResolversTypes['UserMenuOverride']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namedRights?: Resolver<Array<ResolversTypes['NamedRight']>, ParentType, ContextType>;
  passwordChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserMenuOverrideResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UserMenuOverride'] = ResolversParentTypes['UserMenuOverride']> = ResolversObject<{
  menu?: Resolver<ResolversTypes['Menu'], ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['MenuRight']>, ParentType, ContextType>;
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
  ClearUserMenuOverridePayload?: ClearUserMenuOverridePayloadResolvers<ContextType>;
  CreateBandwidthPayload?: CreateBandwidthPayloadResolvers<ContextType>;
  CreateBranchPayload?: CreateBranchPayloadResolvers<ContextType>;
  CreateBsoCitySettingPayload?: CreateBsoCitySettingPayloadResolvers<ContextType>;
  CreateBsoMailSettingPayload?: CreateBsoMailSettingPayloadResolvers<ContextType>;
  CreateBsoPayload?: CreateBsoPayloadResolvers<ContextType>;
  CreateCityPayload?: CreateCityPayloadResolvers<ContextType>;
  CreateDocumentTypePayload?: CreateDocumentTypePayloadResolvers<ContextType>;
  CreateGroupPayload?: CreateGroupPayloadResolvers<ContextType>;
  CreateMenuPayload?: CreateMenuPayloadResolvers<ContextType>;
  CreateNamedRightPayload?: CreateNamedRightPayloadResolvers<ContextType>;
  CreateProductCategoryPayload?: CreateProductCategoryPayloadResolvers<ContextType>;
  CreateProductPayload?: CreateProductPayloadResolvers<ContextType>;
  CreateReferenceItemPayload?: CreateReferenceItemPayloadResolvers<ContextType>;
  CreateStatePayload?: CreateStatePayloadResolvers<ContextType>;
  CreateTeamPayload?: CreateTeamPayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  CreateZonePayload?: CreateZonePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeactivateBandwidthPayload?: DeactivateBandwidthPayloadResolvers<ContextType>;
  DeactivateBranchPayload?: DeactivateBranchPayloadResolvers<ContextType>;
  DeactivateBsoCitySettingPayload?: DeactivateBsoCitySettingPayloadResolvers<ContextType>;
  DeactivateBsoPayload?: DeactivateBsoPayloadResolvers<ContextType>;
  DeactivateCityPayload?: DeactivateCityPayloadResolvers<ContextType>;
  DeactivateDocumentTypePayload?: DeactivateDocumentTypePayloadResolvers<ContextType>;
  DeactivateGroupPayload?: DeactivateGroupPayloadResolvers<ContextType>;
  DeactivateMenuPayload?: DeactivateMenuPayloadResolvers<ContextType>;
  DeactivateNamedRightPayload?: DeactivateNamedRightPayloadResolvers<ContextType>;
  DeactivateProductCategoryPayload?: DeactivateProductCategoryPayloadResolvers<ContextType>;
  DeactivateProductPayload?: DeactivateProductPayloadResolvers<ContextType>;
  DeactivateReferenceItemPayload?: DeactivateReferenceItemPayloadResolvers<ContextType>;
  DeactivateStatePayload?: DeactivateStatePayloadResolvers<ContextType>;
  DeactivateTeamPayload?: DeactivateTeamPayloadResolvers<ContextType>;
  DeactivateUserPayload?: DeactivateUserPayloadResolvers<ContextType>;
  DeactivateZonePayload?: DeactivateZonePayloadResolvers<ContextType>;
  DocumentRequirement?: DocumentRequirementResolvers<ContextType>;
  DocumentType?: DocumentTypeResolvers<ContextType>;
  DocumentTypeConnection?: DocumentTypeConnectionResolvers<ContextType>;
  DocumentTypeEdge?: DocumentTypeEdgeResolvers<ContextType>;
  EffectiveAccess?: EffectiveAccessResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  GroupConnection?: GroupConnectionResolvers<ContextType>;
  GroupEdge?: GroupEdgeResolvers<ContextType>;
  GroupMenuRight?: GroupMenuRightResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Menu?: MenuResolvers<ContextType>;
  MenuConnection?: MenuConnectionResolvers<ContextType>;
  MenuEdge?: MenuEdgeResolvers<ContextType>;
  MenuNode?: MenuNodeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedRight?: NamedRightResolvers<ContextType>;
  NamedRightConnection?: NamedRightConnectionResolvers<ContextType>;
  NamedRightEdge?: NamedRightEdgeResolvers<ContextType>;
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
  ResetUserPasswordPayload?: ResetUserPasswordPayloadResolvers<ContextType>;
  SetGroupMenuRightsPayload?: SetGroupMenuRightsPayloadResolvers<ContextType>;
  SetProductBandwidthsPayload?: SetProductBandwidthsPayloadResolvers<ContextType>;
  SetTeamMembersPayload?: SetTeamMembersPayloadResolvers<ContextType>;
  SetUserMenuOverridePayload?: SetUserMenuOverridePayloadResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  StateConnection?: StateConnectionResolvers<ContextType>;
  StateEdge?: StateEdgeResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamConnection?: TeamConnectionResolvers<ContextType>;
  TeamEdge?: TeamEdgeResolvers<ContextType>;
  UpdateBandwidthPayload?: UpdateBandwidthPayloadResolvers<ContextType>;
  UpdateBranchPayload?: UpdateBranchPayloadResolvers<ContextType>;
  UpdateBsoCitySettingPayload?: UpdateBsoCitySettingPayloadResolvers<ContextType>;
  UpdateBsoMailSettingPayload?: UpdateBsoMailSettingPayloadResolvers<ContextType>;
  UpdateBsoPayload?: UpdateBsoPayloadResolvers<ContextType>;
  UpdateCityPayload?: UpdateCityPayloadResolvers<ContextType>;
  UpdateDocumentTypePayload?: UpdateDocumentTypePayloadResolvers<ContextType>;
  UpdateGroupPayload?: UpdateGroupPayloadResolvers<ContextType>;
  UpdateMenuPayload?: UpdateMenuPayloadResolvers<ContextType>;
  UpdateNamedRightPayload?: UpdateNamedRightPayloadResolvers<ContextType>;
  UpdateProductCategoryPayload?: UpdateProductCategoryPayloadResolvers<ContextType>;
  UpdateProductPayload?: UpdateProductPayloadResolvers<ContextType>;
  UpdateReferenceItemPayload?: UpdateReferenceItemPayloadResolvers<ContextType>;
  UpdateStatePayload?: UpdateStatePayloadResolvers<ContextType>;
  UpdateTeamPayload?: UpdateTeamPayloadResolvers<ContextType>;
  UpdateUserPayload?: UpdateUserPayloadResolvers<ContextType>;
  UpdateZonePayload?: UpdateZonePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserMenuOverride?: UserMenuOverrideResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
  ZoneConnection?: ZoneConnectionResolvers<ContextType>;
  ZoneEdge?: ZoneEdgeResolvers<ContextType>;
}>;

