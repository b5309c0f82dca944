import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { State as StateModel, City as CityModel } from '../../domain/geography';
import { Zone as ZoneModel, Branch as BranchModel } from '../../domain/organisation';
import { ProductCategory as ProductCategoryModel, Product as ProductModel, Bandwidth as BandwidthModel } from '../../domain/catalogue';
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

/** A city where services are sold and installed. Other subgraphs reference it by `id`. */
export type City = {
  __typename?: 'City';
  /** False once the city is deactivated. An inactive city stays readable and referenced, but nothing new may use it. */
  active: Scalars['Boolean']['output'];
  /** The branches that serve this city (active and inactive), by name. */
  branches: Array<Branch>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a bandwidth; publishes bandwidth.created. */
  createBandwidth: CreateBandwidthPayload;
  /** Creates a branch in an active zone serving active cities; publishes branch.created. */
  createBranch: CreateBranchPayload;
  /** Creates a city in an existing, active state; publishes city.created. */
  createCity: CreateCityPayload;
  /** Creates a product in an active category; publishes product.created. */
  createProduct: CreateProductPayload;
  /** Creates a product category; publishes product_category.created. */
  createProductCategory: CreateProductCategoryPayload;
  /** Creates a state; publishes state.created. */
  createState: CreateStatePayload;
  /** Creates a zone; publishes zone.created. */
  createZone: CreateZonePayload;
  /** Deactivates a bandwidth no active product offers; publishes bandwidth.deactivated. */
  deactivateBandwidth: DeactivateBandwidthPayload;
  /** Deactivates a branch; publishes branch.deactivated. */
  deactivateBranch: DeactivateBranchPayload;
  /** Deactivates a city that no active branch serves; publishes city.deactivated. */
  deactivateCity: DeactivateCityPayload;
  /** Deactivates a product; publishes product.deactivated. */
  deactivateProduct: DeactivateProductPayload;
  /** Deactivates a product category that has no active products; publishes product_category.deactivated. */
  deactivateProductCategory: DeactivateProductCategoryPayload;
  /** Deactivates a state that has no active cities; publishes state.deactivated. */
  deactivateState: DeactivateStatePayload;
  /** Deactivates a zone that has no active branches; publishes zone.deactivated. */
  deactivateZone: DeactivateZonePayload;
  /** Replaces the bandwidths a product offers; publishes product.bandwidths_set. */
  setProductBandwidths: SetProductBandwidthsPayload;
  /** Re-ranks a bandwidth; publishes bandwidth.updated. */
  updateBandwidth: UpdateBandwidthPayload;
  /** Edits a branch's name, zone or cities; publishes branch.updated. */
  updateBranch: UpdateBranchPayload;
  /** Renames a city; publishes city.updated. */
  updateCity: UpdateCityPayload;
  /** Edits a product's name or category; publishes product.updated. */
  updateProduct: UpdateProductPayload;
  /** Renames a product category; publishes product_category.updated. */
  updateProductCategory: UpdateProductCategoryPayload;
  /** Renames a state; publishes state.updated. */
  updateState: UpdateStatePayload;
  /** Renames a zone; publishes zone.updated. */
  updateZone: UpdateZonePayload;
};


export type MutationCreateBandwidthArgs = {
  input: CreateBandwidthInput;
};


export type MutationCreateBranchArgs = {
  input: CreateBranchInput;
};


export type MutationCreateCityArgs = {
  input: CreateCityInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateProductCategoryArgs = {
  input: CreateProductCategoryInput;
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


export type MutationDeactivateCityArgs = {
  input: DeactivateCityInput;
};


export type MutationDeactivateProductArgs = {
  input: DeactivateProductInput;
};


export type MutationDeactivateProductCategoryArgs = {
  input: DeactivateProductCategoryInput;
};


export type MutationDeactivateStateArgs = {
  input: DeactivateStateInput;
};


export type MutationDeactivateZoneArgs = {
  input: DeactivateZoneInput;
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


export type MutationUpdateCityArgs = {
  input: UpdateCityInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationUpdateProductCategoryArgs = {
  input: UpdateProductCategoryInput;
};


export type MutationUpdateStateArgs = {
  input: UpdateStateInput;
};


export type MutationUpdateZoneArgs = {
  input: UpdateZoneInput;
};

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
  /** One bandwidth by id, or null when there is none. */
  bandwidth?: Maybe<Bandwidth>;
  /** Bandwidths in rank order (lowest first), with cursor pagination (`first` is capped at 100). */
  bandwidths: BandwidthConnection;
  /** One branch by id, or null when there is none. */
  branch?: Maybe<Branch>;
  /** Branches, newest first, with cursor pagination (`first` is capped at 100). */
  branches: BranchConnection;
  /** Cities, newest first, with cursor pagination (`first` is capped at 100). */
  cities: CityConnection;
  /** One city by id, or null when there is none. */
  city?: Maybe<City>;
  /** One product by id, or null when there is none. */
  product?: Maybe<Product>;
  /** Product categories, newest first, with cursor pagination (`first` is capped at 100). */
  productCategories: ProductCategoryConnection;
  /** One product category by id, or null when there is none. */
  productCategory?: Maybe<ProductCategory>;
  /** Products, newest first, with cursor pagination (`first` is capped at 100). */
  products: ProductConnection;
  /** One state by id, or null when there is none. */
  state?: Maybe<State>;
  /** States, newest first, with cursor pagination (`first` is capped at 100). */
  states: StateConnection;
  /** One zone by id, or null when there is none. */
  zone?: Maybe<Zone>;
  /** Zones, newest first, with cursor pagination (`first` is capped at 100). */
  zones: ZoneConnection;
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


export type QueryCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCityArgs = {
  id: Scalars['ID']['input'];
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
  City: City;
  Product: Product;
  ProductCategory: ProductCategory;
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
  City:
    ( { __typename: 'City' }
    & GraphQLRecursivePick<FederationTypes['City'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  ProductCategory:
    ( { __typename: 'ProductCategory' }
    & GraphQLRecursivePick<FederationTypes['ProductCategory'], {"id":true}> );
  State:
    ( { __typename: 'State' }
    & GraphQLRecursivePick<FederationTypes['State'], {"id":true}> );
  Zone:
    ( { __typename: 'Zone' }
    & GraphQLRecursivePick<FederationTypes['Zone'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Bandwidth: ResolverTypeWrapper<BandwidthModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BandwidthConnection: ResolverTypeWrapper<Omit<BandwidthConnection, 'edges'> & { edges: Array<ResolversTypes['BandwidthEdge']> }>;
  BandwidthEdge: ResolverTypeWrapper<Omit<BandwidthEdge, 'node'> & { node: ResolversTypes['Bandwidth'] }>;
  BandwidthFilter: BandwidthFilter;
  BandwidthUnit: BandwidthUnit;
  Branch: ResolverTypeWrapper<BranchModel>;
  BranchConnection: ResolverTypeWrapper<Omit<BranchConnection, 'edges'> & { edges: Array<ResolversTypes['BranchEdge']> }>;
  BranchEdge: ResolverTypeWrapper<Omit<BranchEdge, 'node'> & { node: ResolversTypes['Branch'] }>;
  BranchFilter: BranchFilter;
  City: ResolverTypeWrapper<CityModel>;
  CityConnection: ResolverTypeWrapper<Omit<CityConnection, 'edges'> & { edges: Array<ResolversTypes['CityEdge']> }>;
  CityEdge: ResolverTypeWrapper<Omit<CityEdge, 'node'> & { node: ResolversTypes['City'] }>;
  CityFilter: CityFilter;
  CreateBandwidthInput: CreateBandwidthInput;
  CreateBandwidthPayload: ResolverTypeWrapper<Omit<CreateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversTypes['Bandwidth']> }>;
  CreateBranchInput: CreateBranchInput;
  CreateBranchPayload: ResolverTypeWrapper<Omit<CreateBranchPayload, 'branch'> & { branch?: Maybe<ResolversTypes['Branch']> }>;
  CreateCityInput: CreateCityInput;
  CreateCityPayload: ResolverTypeWrapper<Omit<CreateCityPayload, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  CreateProductCategoryInput: CreateProductCategoryInput;
  CreateProductCategoryPayload: ResolverTypeWrapper<Omit<CreateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  CreateProductInput: CreateProductInput;
  CreateProductPayload: ResolverTypeWrapper<Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  CreateStateInput: CreateStateInput;
  CreateStatePayload: ResolverTypeWrapper<Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  CreateZoneInput: CreateZoneInput;
  CreateZonePayload: ResolverTypeWrapper<Omit<CreateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateBandwidthInput: DeactivateBandwidthInput;
  DeactivateBandwidthPayload: ResolverTypeWrapper<Omit<DeactivateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversTypes['Bandwidth']> }>;
  DeactivateBranchInput: DeactivateBranchInput;
  DeactivateBranchPayload: ResolverTypeWrapper<Omit<DeactivateBranchPayload, 'branch'> & { branch?: Maybe<ResolversTypes['Branch']> }>;
  DeactivateCityInput: DeactivateCityInput;
  DeactivateCityPayload: ResolverTypeWrapper<Omit<DeactivateCityPayload, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  DeactivateProductCategoryInput: DeactivateProductCategoryInput;
  DeactivateProductCategoryPayload: ResolverTypeWrapper<Omit<DeactivateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  DeactivateProductInput: DeactivateProductInput;
  DeactivateProductPayload: ResolverTypeWrapper<Omit<DeactivateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  DeactivateStateInput: DeactivateStateInput;
  DeactivateStatePayload: ResolverTypeWrapper<Omit<DeactivateStatePayload, 'state'> & { state?: Maybe<ResolversTypes['State']> }>;
  DeactivateZoneInput: DeactivateZoneInput;
  DeactivateZonePayload: ResolverTypeWrapper<Omit<DeactivateZonePayload, 'zone'> & { zone?: Maybe<ResolversTypes['Zone']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductCategory: ResolverTypeWrapper<ProductCategoryModel>;
  ProductCategoryConnection: ResolverTypeWrapper<Omit<ProductCategoryConnection, 'edges'> & { edges: Array<ResolversTypes['ProductCategoryEdge']> }>;
  ProductCategoryEdge: ResolverTypeWrapper<Omit<ProductCategoryEdge, 'node'> & { node: ResolversTypes['ProductCategory'] }>;
  ProductCategoryFilter: ProductCategoryFilter;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  UpdateCityInput: UpdateCityInput;
  UpdateCityPayload: ResolverTypeWrapper<Omit<UpdateCityPayload, 'city'> & { city?: Maybe<ResolversTypes['City']> }>;
  UpdateProductCategoryInput: UpdateProductCategoryInput;
  UpdateProductCategoryPayload: ResolverTypeWrapper<Omit<UpdateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversTypes['ProductCategory']> }>;
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: ResolverTypeWrapper<Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
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
  Bandwidth: BandwidthModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  BandwidthConnection: Omit<BandwidthConnection, 'edges'> & { edges: Array<ResolversParentTypes['BandwidthEdge']> };
  BandwidthEdge: Omit<BandwidthEdge, 'node'> & { node: ResolversParentTypes['Bandwidth'] };
  BandwidthFilter: BandwidthFilter;
  Branch: BranchModel;
  BranchConnection: Omit<BranchConnection, 'edges'> & { edges: Array<ResolversParentTypes['BranchEdge']> };
  BranchEdge: Omit<BranchEdge, 'node'> & { node: ResolversParentTypes['Branch'] };
  BranchFilter: BranchFilter;
  City: CityModel;
  CityConnection: Omit<CityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CityEdge']> };
  CityEdge: Omit<CityEdge, 'node'> & { node: ResolversParentTypes['City'] };
  CityFilter: CityFilter;
  CreateBandwidthInput: CreateBandwidthInput;
  CreateBandwidthPayload: Omit<CreateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversParentTypes['Bandwidth']> };
  CreateBranchInput: CreateBranchInput;
  CreateBranchPayload: Omit<CreateBranchPayload, 'branch'> & { branch?: Maybe<ResolversParentTypes['Branch']> };
  CreateCityInput: CreateCityInput;
  CreateCityPayload: Omit<CreateCityPayload, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  CreateProductCategoryInput: CreateProductCategoryInput;
  CreateProductCategoryPayload: Omit<CreateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  CreateProductInput: CreateProductInput;
  CreateProductPayload: Omit<CreateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  CreateStateInput: CreateStateInput;
  CreateStatePayload: Omit<CreateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  CreateZoneInput: CreateZoneInput;
  CreateZonePayload: Omit<CreateZonePayload, 'zone'> & { zone?: Maybe<ResolversParentTypes['Zone']> };
  DateTime: Scalars['DateTime']['output'];
  DeactivateBandwidthInput: DeactivateBandwidthInput;
  DeactivateBandwidthPayload: Omit<DeactivateBandwidthPayload, 'bandwidth'> & { bandwidth?: Maybe<ResolversParentTypes['Bandwidth']> };
  DeactivateBranchInput: DeactivateBranchInput;
  DeactivateBranchPayload: Omit<DeactivateBranchPayload, 'branch'> & { branch?: Maybe<ResolversParentTypes['Branch']> };
  DeactivateCityInput: DeactivateCityInput;
  DeactivateCityPayload: Omit<DeactivateCityPayload, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  DeactivateProductCategoryInput: DeactivateProductCategoryInput;
  DeactivateProductCategoryPayload: Omit<DeactivateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  DeactivateProductInput: DeactivateProductInput;
  DeactivateProductPayload: Omit<DeactivateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  DeactivateStateInput: DeactivateStateInput;
  DeactivateStatePayload: Omit<DeactivateStatePayload, 'state'> & { state?: Maybe<ResolversParentTypes['State']> };
  DeactivateZoneInput: DeactivateZoneInput;
  DeactivateZonePayload: Omit<DeactivateZonePayload, 'zone'> & { zone?: Maybe<ResolversParentTypes['Zone']> };
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
  UpdateCityInput: UpdateCityInput;
  UpdateCityPayload: Omit<UpdateCityPayload, 'city'> & { city?: Maybe<ResolversParentTypes['City']> };
  UpdateProductCategoryInput: UpdateProductCategoryInput;
  UpdateProductCategoryPayload: Omit<UpdateProductCategoryPayload, 'productCategory'> & { productCategory?: Maybe<ResolversParentTypes['ProductCategory']> };
  UpdateProductInput: UpdateProductInput;
  UpdateProductPayload: Omit<UpdateProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
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

export type CityResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City'], FederationReferenceType extends FederationReferenceTypes['City'] = FederationReferenceTypes['City']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['City']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
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

export type CreateCityPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['CreateCityPayload'] = ResolversParentTypes['CreateCityPayload']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
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

export type DeactivateCityPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateCityPayload'] = ResolversParentTypes['DeactivateCityPayload']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
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

export type DeactivateStatePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateStatePayload'] = ResolversParentTypes['DeactivateStatePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export type DeactivateZonePayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['DeactivateZonePayload'] = ResolversParentTypes['DeactivateZonePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createBandwidth?: Resolver<ResolversTypes['CreateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationCreateBandwidthArgs, 'input'>>;
  createBranch?: Resolver<ResolversTypes['CreateBranchPayload'], ParentType, ContextType, RequireFields<MutationCreateBranchArgs, 'input'>>;
  createCity?: Resolver<ResolversTypes['CreateCityPayload'], ParentType, ContextType, RequireFields<MutationCreateCityArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['CreateProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createProductCategory?: Resolver<ResolversTypes['CreateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationCreateProductCategoryArgs, 'input'>>;
  createState?: Resolver<ResolversTypes['CreateStatePayload'], ParentType, ContextType, RequireFields<MutationCreateStateArgs, 'input'>>;
  createZone?: Resolver<ResolversTypes['CreateZonePayload'], ParentType, ContextType, RequireFields<MutationCreateZoneArgs, 'input'>>;
  deactivateBandwidth?: Resolver<ResolversTypes['DeactivateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBandwidthArgs, 'input'>>;
  deactivateBranch?: Resolver<ResolversTypes['DeactivateBranchPayload'], ParentType, ContextType, RequireFields<MutationDeactivateBranchArgs, 'input'>>;
  deactivateCity?: Resolver<ResolversTypes['DeactivateCityPayload'], ParentType, ContextType, RequireFields<MutationDeactivateCityArgs, 'input'>>;
  deactivateProduct?: Resolver<ResolversTypes['DeactivateProductPayload'], ParentType, ContextType, RequireFields<MutationDeactivateProductArgs, 'input'>>;
  deactivateProductCategory?: Resolver<ResolversTypes['DeactivateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationDeactivateProductCategoryArgs, 'input'>>;
  deactivateState?: Resolver<ResolversTypes['DeactivateStatePayload'], ParentType, ContextType, RequireFields<MutationDeactivateStateArgs, 'input'>>;
  deactivateZone?: Resolver<ResolversTypes['DeactivateZonePayload'], ParentType, ContextType, RequireFields<MutationDeactivateZoneArgs, 'input'>>;
  setProductBandwidths?: Resolver<ResolversTypes['SetProductBandwidthsPayload'], ParentType, ContextType, RequireFields<MutationSetProductBandwidthsArgs, 'input'>>;
  updateBandwidth?: Resolver<ResolversTypes['UpdateBandwidthPayload'], ParentType, ContextType, RequireFields<MutationUpdateBandwidthArgs, 'input'>>;
  updateBranch?: Resolver<ResolversTypes['UpdateBranchPayload'], ParentType, ContextType, RequireFields<MutationUpdateBranchArgs, 'input'>>;
  updateCity?: Resolver<ResolversTypes['UpdateCityPayload'], ParentType, ContextType, RequireFields<MutationUpdateCityArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['UpdateProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updateProductCategory?: Resolver<ResolversTypes['UpdateProductCategoryPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductCategoryArgs, 'input'>>;
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
  bandwidth?: Resolver<Maybe<ResolversTypes['Bandwidth']>, ParentType, ContextType, RequireFields<QueryBandwidthArgs, 'id'>>;
  bandwidths?: Resolver<ResolversTypes['BandwidthConnection'], ParentType, ContextType, Partial<QueryBandwidthsArgs>>;
  branch?: Resolver<Maybe<ResolversTypes['Branch']>, ParentType, ContextType, RequireFields<QueryBranchArgs, 'id'>>;
  branches?: Resolver<ResolversTypes['BranchConnection'], ParentType, ContextType, Partial<QueryBranchesArgs>>;
  cities?: Resolver<ResolversTypes['CityConnection'], ParentType, ContextType, Partial<QueryCitiesArgs>>;
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productCategories?: Resolver<ResolversTypes['ProductCategoryConnection'], ParentType, ContextType, Partial<QueryProductCategoriesArgs>>;
  productCategory?: Resolver<Maybe<ResolversTypes['ProductCategory']>, ParentType, ContextType, RequireFields<QueryProductCategoryArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  state?: Resolver<Maybe<ResolversTypes['State']>, ParentType, ContextType, RequireFields<QueryStateArgs, 'id'>>;
  states?: Resolver<ResolversTypes['StateConnection'], ParentType, ContextType, Partial<QueryStatesArgs>>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType, RequireFields<QueryZoneArgs, 'id'>>;
  zones?: Resolver<ResolversTypes['ZoneConnection'], ParentType, ContextType, Partial<QueryZonesArgs>>;
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

export type UpdateCityPayloadResolvers<ContextType = MastersContext, ParentType extends ResolversParentTypes['UpdateCityPayload'] = ResolversParentTypes['UpdateCityPayload']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
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
  Bandwidth?: BandwidthResolvers<ContextType>;
  BandwidthConnection?: BandwidthConnectionResolvers<ContextType>;
  BandwidthEdge?: BandwidthEdgeResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  BranchConnection?: BranchConnectionResolvers<ContextType>;
  BranchEdge?: BranchEdgeResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityConnection?: CityConnectionResolvers<ContextType>;
  CityEdge?: CityEdgeResolvers<ContextType>;
  CreateBandwidthPayload?: CreateBandwidthPayloadResolvers<ContextType>;
  CreateBranchPayload?: CreateBranchPayloadResolvers<ContextType>;
  CreateCityPayload?: CreateCityPayloadResolvers<ContextType>;
  CreateProductCategoryPayload?: CreateProductCategoryPayloadResolvers<ContextType>;
  CreateProductPayload?: CreateProductPayloadResolvers<ContextType>;
  CreateStatePayload?: CreateStatePayloadResolvers<ContextType>;
  CreateZonePayload?: CreateZonePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeactivateBandwidthPayload?: DeactivateBandwidthPayloadResolvers<ContextType>;
  DeactivateBranchPayload?: DeactivateBranchPayloadResolvers<ContextType>;
  DeactivateCityPayload?: DeactivateCityPayloadResolvers<ContextType>;
  DeactivateProductCategoryPayload?: DeactivateProductCategoryPayloadResolvers<ContextType>;
  DeactivateProductPayload?: DeactivateProductPayloadResolvers<ContextType>;
  DeactivateStatePayload?: DeactivateStatePayloadResolvers<ContextType>;
  DeactivateZonePayload?: DeactivateZonePayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductCategory?: ProductCategoryResolvers<ContextType>;
  ProductCategoryConnection?: ProductCategoryConnectionResolvers<ContextType>;
  ProductCategoryEdge?: ProductCategoryEdgeResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SetProductBandwidthsPayload?: SetProductBandwidthsPayloadResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  StateConnection?: StateConnectionResolvers<ContextType>;
  StateEdge?: StateEdgeResolvers<ContextType>;
  UpdateBandwidthPayload?: UpdateBandwidthPayloadResolvers<ContextType>;
  UpdateBranchPayload?: UpdateBranchPayloadResolvers<ContextType>;
  UpdateCityPayload?: UpdateCityPayloadResolvers<ContextType>;
  UpdateProductCategoryPayload?: UpdateProductCategoryPayloadResolvers<ContextType>;
  UpdateProductPayload?: UpdateProductPayloadResolvers<ContextType>;
  UpdateStatePayload?: UpdateStatePayloadResolvers<ContextType>;
  UpdateZonePayload?: UpdateZonePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
  ZoneConnection?: ZoneConnectionResolvers<ContextType>;
  ZoneEdge?: ZoneEdgeResolvers<ContextType>;
}>;

