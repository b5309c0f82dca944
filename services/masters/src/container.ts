import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, groupLoader } from '@oms/server';
import { CatalogueQueries } from './application/catalogue-queries';
import { CreateBandwidth } from './application/create-bandwidth';
import { CreateBranch } from './application/create-branch';
import { CreateProduct } from './application/create-product';
import { CreateProductCategory } from './application/create-product-category';
import { DeactivateBandwidth } from './application/deactivate-bandwidth';
import { DeactivateProduct } from './application/deactivate-product';
import { DeactivateProductCategory } from './application/deactivate-product-category';
import { SetProductBandwidths } from './application/set-product-bandwidths';
import { UpdateBandwidth } from './application/update-bandwidth';
import { UpdateProduct } from './application/update-product';
import { UpdateProductCategory } from './application/update-product-category';
import { CreateCity } from './application/create-city';
import { CreateState } from './application/create-state';
import { CreateZone } from './application/create-zone';
import { DeactivateBranch } from './application/deactivate-branch';
import { DeactivateCity } from './application/deactivate-city';
import { DeactivateState } from './application/deactivate-state';
import { DeactivateZone } from './application/deactivate-zone';
import { GeographyQueries } from './application/geography-queries';
import { OrganisationQueries } from './application/organisation-queries';
import { UpdateBranch } from './application/update-branch';
import { UpdateCity } from './application/update-city';
import { UpdateState } from './application/update-state';
import { UpdateZone } from './application/update-zone';
import type { MastersContext, MastersUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { CatalogueRepository } from './persistence/catalogue.repository';
import { GeographyRepository } from './persistence/geography.repository';
import { OrganisationRepository } from './persistence/organisation.repository';

/** The composition root of the masters service: the one place adapters and use cases are wired. */
export function wireMasters(infra: Infrastructure): ServiceWiring<MastersContext> {
  const geography = new GeographyRepository();
  const organisation = new OrganisationRepository();
  const catalogue = new CatalogueRepository();
  const { uow } = infra;
  const useCases: MastersUseCases = {
    createState: new CreateState(uow, geography),
    updateState: new UpdateState(uow, geography),
    deactivateState: new DeactivateState(uow, geography),
    createCity: new CreateCity(uow, geography),
    updateCity: new UpdateCity(uow, geography),
    deactivateCity: new DeactivateCity(uow, geography, organisation),
    createZone: new CreateZone(uow, organisation),
    updateZone: new UpdateZone(uow, organisation),
    deactivateZone: new DeactivateZone(uow, organisation),
    createBranch: new CreateBranch(uow, geography, organisation),
    updateBranch: new UpdateBranch(uow, geography, organisation),
    deactivateBranch: new DeactivateBranch(uow, organisation),
    createProductCategory: new CreateProductCategory(uow, catalogue),
    updateProductCategory: new UpdateProductCategory(uow, catalogue),
    deactivateProductCategory: new DeactivateProductCategory(uow, catalogue),
    createProduct: new CreateProduct(uow, catalogue),
    updateProduct: new UpdateProduct(uow, catalogue),
    deactivateProduct: new DeactivateProduct(uow, catalogue),
    setProductBandwidths: new SetProductBandwidths(uow, catalogue),
    createBandwidth: new CreateBandwidth(uow, catalogue),
    updateBandwidth: new UpdateBandwidth(uow, catalogue),
    deactivateBandwidth: new DeactivateBandwidth(uow, catalogue),
    geography: new GeographyQueries(infra.db, geography),
    organisation: new OrganisationQueries(infra.db, organisation),
    catalogue: new CatalogueQueries(infra.db, catalogue),
  };
  return {
    resolvers: resolvers as ServiceWiring<MastersContext>['resolvers'],
    context: (base: RequestContext): MastersContext => ({
      ...base,
      useCases,
      loaders: {
        state: byIdLoader((ids) => useCases.geography.statesByIds(ids)),
        city: byIdLoader((ids) => useCases.geography.citiesByIds(ids)),
        citiesOfState: groupLoader(
          (ids) => useCases.geography.citiesOfStates(ids),
          (c) => c.stateId,
        ),
        zone: byIdLoader((ids) => useCases.organisation.zonesByIds(ids)),
        branch: byIdLoader((ids) => useCases.organisation.branchesByIds(ids)),
        branchesOfZone: groupLoader(
          (ids) => useCases.organisation.branchesOfZones(ids),
          (b) => b.zoneId,
        ),
        branchesOfCity: groupLoader(
          (ids) => useCases.organisation.branchesOfCities(ids),
          (link) => link.cityId,
        ),
        productCategory: byIdLoader((ids) => useCases.catalogue.categoriesByIds(ids)),
        product: byIdLoader((ids) => useCases.catalogue.productsByIds(ids)),
        bandwidth: byIdLoader((ids) => useCases.catalogue.bandwidthsByIds(ids)),
        productsOfCategory: groupLoader(
          (ids) => useCases.catalogue.productsOfCategories(ids),
          (p) => p.categoryId,
        ),
        bandwidthsOfProduct: groupLoader(
          (ids) => useCases.catalogue.bandwidthsOfProducts(ids),
          (link) => link.productId,
        ),
      },
    }),
  };
}
