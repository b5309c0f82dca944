import { DateTimeScalar, listQuery, payload } from '@oms/server';
import { bandwidthLabel } from '../domain/catalogue';
import { isActive } from '../domain/master-lifecycle';
import type { MastersContext } from './context';
import type { Resolvers } from './generated/resolvers-types';

/** Loads a record another one refers to; a dangling reference is a bug, so it throws. */
async function required<T>(load: Promise<T | null>, what: string): Promise<T> {
  const found = await load;
  if (!found) throw new Error(`missing ${what}`);
  return found;
}

const cities = (ids: string[], ctx: MastersContext) =>
  Promise.all(ids.map((id) => required(ctx.loaders.city.load(id), `city ${id}`)));

/** The masters subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    state: (_, { id }, ctx) => ctx.loaders.state.load(id),
    states: (_, args, ctx) => listQuery(() => ctx.useCases.geography.listStates(args)),
    city: (_, { id }, ctx) => ctx.loaders.city.load(id),
    cities: (_, args, ctx) => listQuery(() => ctx.useCases.geography.listCities(args)),
    zone: (_, { id }, ctx) => ctx.loaders.zone.load(id),
    zones: (_, args, ctx) => listQuery(() => ctx.useCases.organisation.listZones(args)),
    branch: (_, { id }, ctx) => ctx.loaders.branch.load(id),
    branches: (_, args, ctx) => listQuery(() => ctx.useCases.organisation.listBranches(args)),
    productCategory: (_, { id }, ctx) => ctx.loaders.productCategory.load(id),
    productCategories: (_, args, ctx) => listQuery(() => ctx.useCases.catalogue.listCategories(args)),
    product: (_, { id }, ctx) => ctx.loaders.product.load(id),
    products: (_, args, ctx) => listQuery(() => ctx.useCases.catalogue.listProducts(args)),
    bandwidth: (_, { id }, ctx) => ctx.loaders.bandwidth.load(id),
    bandwidths: (_, args, ctx) => listQuery(() => ctx.useCases.catalogue.listBandwidths(args)),
  },
  Mutation: {
    createState: async (_, { input }, ctx) =>
      payload('state', await ctx.useCases.createState.execute(ctx, input)),
    updateState: async (_, { input }, ctx) =>
      payload('state', await ctx.useCases.updateState.execute(ctx, input)),
    deactivateState: async (_, { input }, ctx) =>
      payload('state', await ctx.useCases.deactivateState.execute(ctx, input)),
    createCity: async (_, { input }, ctx) =>
      payload('city', await ctx.useCases.createCity.execute(ctx, input)),
    updateCity: async (_, { input }, ctx) =>
      payload('city', await ctx.useCases.updateCity.execute(ctx, input)),
    deactivateCity: async (_, { input }, ctx) =>
      payload('city', await ctx.useCases.deactivateCity.execute(ctx, input)),
    createZone: async (_, { input }, ctx) =>
      payload('zone', await ctx.useCases.createZone.execute(ctx, input)),
    updateZone: async (_, { input }, ctx) =>
      payload('zone', await ctx.useCases.updateZone.execute(ctx, input)),
    deactivateZone: async (_, { input }, ctx) =>
      payload('zone', await ctx.useCases.deactivateZone.execute(ctx, input)),
    createBranch: async (_, { input }, ctx) =>
      payload('branch', await ctx.useCases.createBranch.execute(ctx, input)),
    updateBranch: async (_, { input }, ctx) =>
      payload('branch', await ctx.useCases.updateBranch.execute(ctx, input)),
    deactivateBranch: async (_, { input }, ctx) =>
      payload('branch', await ctx.useCases.deactivateBranch.execute(ctx, input)),
    createProductCategory: async (_, { input }, ctx) =>
      payload('productCategory', await ctx.useCases.createProductCategory.execute(ctx, input)),
    updateProductCategory: async (_, { input }, ctx) =>
      payload('productCategory', await ctx.useCases.updateProductCategory.execute(ctx, input)),
    deactivateProductCategory: async (_, { input }, ctx) =>
      payload('productCategory', await ctx.useCases.deactivateProductCategory.execute(ctx, input)),
    createProduct: async (_, { input }, ctx) =>
      payload('product', await ctx.useCases.createProduct.execute(ctx, input)),
    updateProduct: async (_, { input }, ctx) =>
      payload('product', await ctx.useCases.updateProduct.execute(ctx, input)),
    deactivateProduct: async (_, { input }, ctx) =>
      payload('product', await ctx.useCases.deactivateProduct.execute(ctx, input)),
    setProductBandwidths: async (_, { input }, ctx) =>
      payload('product', await ctx.useCases.setProductBandwidths.execute(ctx, input)),
    createBandwidth: async (_, { input }, ctx) =>
      payload('bandwidth', await ctx.useCases.createBandwidth.execute(ctx, input)),
    updateBandwidth: async (_, { input }, ctx) =>
      payload('bandwidth', await ctx.useCases.updateBandwidth.execute(ctx, input)),
    deactivateBandwidth: async (_, { input }, ctx) =>
      payload('bandwidth', await ctx.useCases.deactivateBandwidth.execute(ctx, input)),
  },
  State: {
    __resolveReference: (ref, ctx) => ctx.loaders.state.load(ref.id),
    cities: (state, _, ctx) => ctx.loaders.citiesOfState.load(state.id),
    active: (state) => isActive(state),
  },
  City: {
    __resolveReference: (ref, ctx) => ctx.loaders.city.load(ref.id),
    state: (city, _, ctx) => required(ctx.loaders.state.load(city.stateId), `state ${city.stateId}`),
    branches: async (city, _, ctx) => (await ctx.loaders.branchesOfCity.load(city.id)).map((l) => l.branch),
    active: (city) => isActive(city),
  },
  Zone: {
    __resolveReference: (ref, ctx) => ctx.loaders.zone.load(ref.id),
    branches: (zone, _, ctx) => ctx.loaders.branchesOfZone.load(zone.id),
    active: (zone) => isActive(zone),
  },
  Branch: {
    __resolveReference: (ref, ctx) => ctx.loaders.branch.load(ref.id),
    zone: (branch, _, ctx) => required(ctx.loaders.zone.load(branch.zoneId), `zone ${branch.zoneId}`),
    cities: (branch, _, ctx) => cities(branch.cityIds, ctx),
    active: (branch) => isActive(branch),
  },
  ProductCategory: {
    __resolveReference: (ref, ctx) => ctx.loaders.productCategory.load(ref.id),
    products: (category, _, ctx) => ctx.loaders.productsOfCategory.load(category.id),
    active: (category) => isActive(category),
  },
  Product: {
    __resolveReference: (ref, ctx) => ctx.loaders.product.load(ref.id),
    category: (product, _, ctx) =>
      required(
        ctx.loaders.productCategory.load(product.categoryId),
        `product category ${product.categoryId}`,
      ),
    bandwidths: async (product, _, ctx) =>
      (await ctx.loaders.bandwidthsOfProduct.load(product.id)).map((l) => l.bandwidth),
    active: (product) => isActive(product),
  },
  Bandwidth: {
    __resolveReference: (ref, ctx) => ctx.loaders.bandwidth.load(ref.id),
    label: (bandwidth) => bandwidthLabel(bandwidth),
    active: (bandwidth) => isActive(bandwidth),
  },
};
