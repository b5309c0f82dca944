import { DateTimeScalar, listQuery, payload, type Result, type UserError } from '@oms/server';
import { bandwidthLabel } from '../domain/catalogue';
import { MAIL_PLACEHOLDERS } from '../domain/mail-template';
import { isActive } from '../domain/master-lifecycle';
import type { MastersContext } from './context';
import { identityMutations, identityQueries, identityTypes } from './identity.resolvers';
import type { Resolvers } from './generated/resolvers-types';

/** Loads a record another one refers to; a dangling reference is a bug, so it throws. */
async function required<T>(load: Promise<T | null>, what: string): Promise<T> {
  const found = await load;
  if (!found) throw new Error(`missing ${what}`);
  return found;
}

const cities = (ids: string[], ctx: MastersContext) =>
  Promise.all(ids.map((id) => required(ctx.loaders.city.load(id), `city ${id}`)));

const jsonOrNull = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** The payload of a mutation that returns no entity: whether it happened, and why not. */
function outcome<K extends string>(
  key: K,
  result: Result<true>,
): Record<K, boolean> & { errors: UserError[] } {
  return { [key]: result.ok, errors: result.ok ? [] : result.errors } as Record<K, boolean> & {
    errors: UserError[];
  };
}

/** The masters subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    auditEntry: (_, { id }, ctx) => ctx.loaders.auditEntry.load(id),
    auditEntries: (_, args, ctx) => listQuery(() => ctx.audit.list(args)),
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
    referenceItem: (_, { id }, ctx) => ctx.loaders.referenceItem.load(id),
    referenceItems: (_, args, ctx) => listQuery(() => ctx.useCases.referenceLists.listItems(args)),
    documentType: (_, { id }, ctx) => ctx.loaders.documentType.load(id),
    documentTypes: (_, args, ctx) => listQuery(() => ctx.useCases.documentTypes.listDocumentTypes(args)),
    bso: (_, { id }, ctx) => ctx.loaders.bso.load(id),
    bsos: (_, args, ctx) => listQuery(() => ctx.useCases.bso.listBsos(args)),
    bsoCitySetting: (_, { id }, ctx) => ctx.loaders.bsoCitySetting.load(id),
    bsoCitySettings: (_, args, ctx) => listQuery(() => ctx.useCases.bso.listCitySettings(args)),
    bsoMailSetting: (_, { id }, ctx) => ctx.loaders.bsoMailSetting.load(id),
    bsoMailSettings: (_, args, ctx) => listQuery(() => ctx.useCases.bso.listMailSettings(args)),
    bsoMailPlaceholders: () => [...MAIL_PLACEHOLDERS],
    ...identityQueries,
  },
  AuditEntry: {
    actor: (entry) => ({ kind: entry.actorKind, id: entry.actorId, name: entry.actorName }),
    before: (entry) => (entry.before === null ? null : JSON.stringify(entry.before)),
    after: (entry) => JSON.stringify(entry.after),
    changes: (entry) =>
      entry.changedFields.map((field) => ({
        field,
        before: jsonOrNull(entry.before?.[field]),
        after: jsonOrNull(entry.after[field]),
      })),
  },
  Mutation: {
    login: async (_, { input }, ctx) => payload('tokens', await ctx.auth.login(ctx, input)),
    refreshSession: async (_, { input }, ctx) => payload('tokens', await ctx.auth.refresh(ctx, input)),
    logout: async (_, __, ctx) => outcome('loggedOut', await ctx.auth.logout(ctx, ctx.principal)),
    changePassword: async (_, { input }, ctx) =>
      outcome('changed', await ctx.auth.changePassword(ctx, ctx.principal, input)),
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
    createReferenceItem: async (_, { input }, ctx) =>
      payload('referenceItem', await ctx.useCases.createReferenceItem.execute(ctx, input)),
    updateReferenceItem: async (_, { input }, ctx) =>
      payload('referenceItem', await ctx.useCases.updateReferenceItem.execute(ctx, input)),
    deactivateReferenceItem: async (_, { input }, ctx) =>
      payload('referenceItem', await ctx.useCases.deactivateReferenceItem.execute(ctx, input)),
    createDocumentType: async (_, { input }, ctx) =>
      payload('documentType', await ctx.useCases.createDocumentType.execute(ctx, input)),
    updateDocumentType: async (_, { input }, ctx) =>
      payload('documentType', await ctx.useCases.updateDocumentType.execute(ctx, input)),
    deactivateDocumentType: async (_, { input }, ctx) =>
      payload('documentType', await ctx.useCases.deactivateDocumentType.execute(ctx, input)),
    createBso: async (_, { input }, ctx) => payload('bso', await ctx.useCases.createBso.execute(ctx, input)),
    updateBso: async (_, { input }, ctx) => payload('bso', await ctx.useCases.updateBso.execute(ctx, input)),
    deactivateBso: async (_, { input }, ctx) =>
      payload('bso', await ctx.useCases.deactivateBso.execute(ctx, input)),
    createBsoCitySetting: async (_, { input }, ctx) =>
      payload('bsoCitySetting', await ctx.useCases.createBsoCitySetting.execute(ctx, input)),
    updateBsoCitySetting: async (_, { input }, ctx) =>
      payload('bsoCitySetting', await ctx.useCases.updateBsoCitySetting.execute(ctx, input)),
    deactivateBsoCitySetting: async (_, { input }, ctx) =>
      payload('bsoCitySetting', await ctx.useCases.deactivateBsoCitySetting.execute(ctx, input)),
    createBsoMailSetting: async (_, { input }, ctx) =>
      payload('bsoMailSetting', await ctx.useCases.createBsoMailSetting.execute(ctx, input)),
    updateBsoMailSetting: async (_, { input }, ctx) =>
      payload('bsoMailSetting', await ctx.useCases.updateBsoMailSetting.execute(ctx, input)),
    ...identityMutations,
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
    bsoSettings: (city, _, ctx) => ctx.loaders.bsoSettingsOfCity.load(city.id),
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
  ReferenceItem: {
    __resolveReference: (ref, ctx) => ctx.loaders.referenceItem.load(ref.id),
    active: (item) => isActive(item),
  },
  DocumentType: {
    __resolveReference: (ref, ctx) => ctx.loaders.documentType.load(ref.id),
    active: (documentType) => isActive(documentType),
  },
  Bso: {
    __resolveReference: (ref, ctx) => ctx.loaders.bso.load(ref.id),
    citySettings: (bso, _, ctx) => ctx.loaders.citySettingsOfBso.load(bso.id),
    mailSetting: async (bso, _, ctx) => (await ctx.loaders.mailSettingsOfBso.load(bso.id))[0] ?? null,
    effectiveMailSetting: async (bso, _, ctx) =>
      (await ctx.loaders.mailSettingsOfBso.load(bso.id))[0] ?? ctx.loaders.defaultMailSetting.load('default'),
    active: (bso) => isActive(bso),
  },
  BsoCitySetting: {
    bso: (setting, _, ctx) => required(ctx.loaders.bso.load(setting.bsoId), `BSO ${setting.bsoId}`),
    city: (setting, _, ctx) => required(ctx.loaders.city.load(setting.cityId), `city ${setting.cityId}`),
    active: (setting) => isActive(setting),
  },
  BsoMailSetting: {
    bso: (setting, _, ctx) =>
      setting.bsoId === null ? null : required(ctx.loaders.bso.load(setting.bsoId), `BSO ${setting.bsoId}`),
    isDefault: (setting) => setting.bsoId === null,
  },
  ...identityTypes,
};
