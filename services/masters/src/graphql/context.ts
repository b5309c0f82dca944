import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { City, State } from '../domain/geography';
import type { Branch, Zone } from '../domain/organisation';
import type { Bandwidth, Product, ProductCategory } from '../domain/catalogue';
import type { CatalogueQueries } from '../application/catalogue-queries';
import type { CreateBandwidth } from '../application/create-bandwidth';
import type { CreateProduct } from '../application/create-product';
import type { CreateProductCategory } from '../application/create-product-category';
import type { DeactivateBandwidth } from '../application/deactivate-bandwidth';
import type { DeactivateProduct } from '../application/deactivate-product';
import type { DeactivateProductCategory } from '../application/deactivate-product-category';
import type { SetProductBandwidths } from '../application/set-product-bandwidths';
import type { UpdateBandwidth } from '../application/update-bandwidth';
import type { UpdateProduct } from '../application/update-product';
import type { UpdateProductCategory } from '../application/update-product-category';
import type { CreateBranch } from '../application/create-branch';
import type { CreateCity } from '../application/create-city';
import type { CreateState } from '../application/create-state';
import type { CreateZone } from '../application/create-zone';
import type { DeactivateBranch } from '../application/deactivate-branch';
import type { DeactivateCity } from '../application/deactivate-city';
import type { DeactivateState } from '../application/deactivate-state';
import type { DeactivateZone } from '../application/deactivate-zone';
import type { GeographyQueries } from '../application/geography-queries';
import type { OrganisationQueries } from '../application/organisation-queries';
import type { UpdateBranch } from '../application/update-branch';
import type { UpdateCity } from '../application/update-city';
import type { UpdateState } from '../application/update-state';
import type { UpdateZone } from '../application/update-zone';

/** The use cases the masters resolvers call. */
export interface MastersUseCases {
  createState: CreateState;
  updateState: UpdateState;
  deactivateState: DeactivateState;
  createCity: CreateCity;
  updateCity: UpdateCity;
  deactivateCity: DeactivateCity;
  createZone: CreateZone;
  updateZone: UpdateZone;
  deactivateZone: DeactivateZone;
  createBranch: CreateBranch;
  updateBranch: UpdateBranch;
  deactivateBranch: DeactivateBranch;
  createProductCategory: CreateProductCategory;
  updateProductCategory: UpdateProductCategory;
  deactivateProductCategory: DeactivateProductCategory;
  createProduct: CreateProduct;
  updateProduct: UpdateProduct;
  deactivateProduct: DeactivateProduct;
  setProductBandwidths: SetProductBandwidths;
  createBandwidth: CreateBandwidth;
  updateBandwidth: UpdateBandwidth;
  deactivateBandwidth: DeactivateBandwidth;
  geography: GeographyQueries;
  organisation: OrganisationQueries;
  catalogue: CatalogueQueries;
}

/** Per-request context of the masters subgraph. */
export interface MastersContext extends RequestContext {
  useCases: MastersUseCases;
  loaders: {
    state: DataLoader<string, State | null>;
    city: DataLoader<string, City | null>;
    citiesOfState: DataLoader<string, City[]>;
    zone: DataLoader<string, Zone | null>;
    branch: DataLoader<string, Branch | null>;
    branchesOfZone: DataLoader<string, Branch[]>;
    branchesOfCity: DataLoader<string, { cityId: string; branch: Branch }[]>;
    productCategory: DataLoader<string, ProductCategory | null>;
    product: DataLoader<string, Product | null>;
    bandwidth: DataLoader<string, Bandwidth | null>;
    productsOfCategory: DataLoader<string, Product[]>;
    bandwidthsOfProduct: DataLoader<string, { productId: string; bandwidth: Bandwidth }[]>;
  };
}
