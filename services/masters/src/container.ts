import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import DataLoader from 'dataloader';
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
import { CreateDocumentType } from './application/create-document-type';
import { CreateReferenceItem } from './application/create-reference-item';
import { DeactivateDocumentType } from './application/deactivate-document-type';
import { DeactivateReferenceItem } from './application/deactivate-reference-item';
import { DocumentTypeQueries } from './application/document-type-queries';
import { ReferenceListQueries } from './application/reference-list-queries';
import { UpdateDocumentType } from './application/update-document-type';
import { UpdateReferenceItem } from './application/update-reference-item';
import { DocumentTypeRepository } from './persistence/document-types.repository';
import { ReferenceListRepository } from './persistence/reference-lists.repository';
import { BsoQueries } from './application/bso-queries';
import { CreateBso } from './application/create-bso';
import { CreateBsoCitySetting } from './application/create-bso-city-setting';
import { CreateBsoMailSetting } from './application/create-bso-mail-setting';
import { DeactivateBso } from './application/deactivate-bso';
import { DeactivateBsoCitySetting } from './application/deactivate-bso-city-setting';
import { UpdateBso } from './application/update-bso';
import { UpdateBsoCitySetting } from './application/update-bso-city-setting';
import { UpdateBsoMailSetting } from './application/update-bso-mail-setting';
import { BsoRepository } from './persistence/bso.repository';
import { ClearUserMenuOverride } from './application/clear-user-menu-override';
import { CreateFirstAdmin } from './application/create-first-admin';
import { CreateGroup } from './application/create-group';
import { CreateMenu } from './application/create-menu';
import { CreateNamedRight } from './application/create-named-right';
import { CreateTeam } from './application/create-team';
import { CreateUser } from './application/create-user';
import { DeactivateGroup } from './application/deactivate-group';
import { DeactivateMenu } from './application/deactivate-menu';
import { DeactivateNamedRight } from './application/deactivate-named-right';
import { DeactivateTeam } from './application/deactivate-team';
import { DeactivateUser } from './application/deactivate-user';
import { IdentityQueries } from './application/identity-queries';
import type { IdentityRepos } from './application/identity-references';
import { ResetUserPassword } from './application/reset-user-password';
import { SetGroupMenuRights } from './application/set-group-menu-rights';
import { SetTeamMembers } from './application/set-team-members';
import { SetUserMenuOverride } from './application/set-user-menu-override';
import { UpdateGroup } from './application/update-group';
import { UpdateMenu } from './application/update-menu';
import { UpdateNamedRight } from './application/update-named-right';
import { UpdateTeam } from './application/update-team';
import { UpdateUser } from './application/update-user';
import { AccessRepository } from './persistence/access.repository';
import { TeamRepository } from './persistence/teams.repository';
import { UserRepository } from './persistence/users.repository';
import type { MastersContext, MastersUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { Authentication } from './application/auth/authentication';
import { AuditQueries, auditObserver } from './application/audit-trail';
import { AuditRepository } from './persistence/audit.repository';
import { loadTokenIssuer } from './application/auth/signing-keys';
import { bootstrapAdmin } from './application/auth/bootstrap-admin';
import { AuthRepository } from './persistence/auth.repository';
import { CatalogueRepository } from './persistence/catalogue.repository';
import { GeographyRepository } from './persistence/geography.repository';
import { OrganisationRepository } from './persistence/organisation.repository';

/** The composition root of the masters service: the one place adapters and use cases are wired. */
export function wireMasters(infra: Infrastructure): ServiceWiring<MastersContext> {
  const geography = new GeographyRepository();
  const organisation = new OrganisationRepository();
  const catalogue = new CatalogueRepository();
  const referenceLists = new ReferenceListRepository();
  const documentTypes = new DocumentTypeRepository();
  const bsos = new BsoRepository();
  const { uow } = infra;
  const auditRepository = new AuditRepository();
  uow.observe(auditObserver(auditRepository));
  const audit = new AuditQueries(infra.db, auditRepository);
  const tokens = loadTokenIssuer(infra.env, infra.logger);
  // A bad key configuration fails start-up (onStart), not the first login.
  tokens.catch(() => undefined);
  // Users, groups, menus, rights and teams.
  const users = new UserRepository();
  const auth = new Authentication(uow, new AuthRepository(infra.db), users, tokens, {
    sessionHours: infra.env.REFRESH_TOKEN_TTL_HOURS,
    throttle: { maxFailures: infra.env.LOGIN_MAX_FAILURES, lockMinutes: infra.env.LOGIN_LOCK_MINUTES },
  });
  const access = new AccessRepository();
  const teams = new TeamRepository();
  const identity: IdentityRepos = { geography, organisation, access, users, bsos };
  const createUser = new CreateUser(uow, identity);
  const useCases: MastersUseCases = {
    createState: new CreateState(uow, geography),
    updateState: new UpdateState(uow, geography),
    deactivateState: new DeactivateState(uow, geography),
    createCity: new CreateCity(uow, geography),
    updateCity: new UpdateCity(uow, geography),
    deactivateCity: new DeactivateCity(uow, geography, organisation, bsos, users, teams),
    createZone: new CreateZone(uow, organisation),
    updateZone: new UpdateZone(uow, organisation),
    deactivateZone: new DeactivateZone(uow, organisation),
    createBranch: new CreateBranch(uow, geography, organisation),
    updateBranch: new UpdateBranch(uow, geography, organisation),
    deactivateBranch: new DeactivateBranch(uow, organisation, users, teams),
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
    createReferenceItem: new CreateReferenceItem(uow, referenceLists),
    updateReferenceItem: new UpdateReferenceItem(uow, referenceLists),
    deactivateReferenceItem: new DeactivateReferenceItem(uow, referenceLists),
    referenceLists: new ReferenceListQueries(infra.db, referenceLists),
    createDocumentType: new CreateDocumentType(uow, documentTypes),
    updateDocumentType: new UpdateDocumentType(uow, documentTypes),
    deactivateDocumentType: new DeactivateDocumentType(uow, documentTypes),
    documentTypes: new DocumentTypeQueries(infra.db, documentTypes),
    createBso: new CreateBso(uow, bsos),
    updateBso: new UpdateBso(uow, bsos),
    deactivateBso: new DeactivateBso(uow, bsos, users),
    createBsoCitySetting: new CreateBsoCitySetting(uow, geography, bsos),
    updateBsoCitySetting: new UpdateBsoCitySetting(uow, bsos),
    deactivateBsoCitySetting: new DeactivateBsoCitySetting(uow, bsos),
    createBsoMailSetting: new CreateBsoMailSetting(uow, bsos),
    updateBsoMailSetting: new UpdateBsoMailSetting(uow, bsos),
    bso: new BsoQueries(infra.db, bsos),
    createUser,
    updateUser: new UpdateUser(uow, identity),
    deactivateUser: new DeactivateUser(uow, identity, teams),
    resetUserPassword: new ResetUserPassword(uow, users, auth),
    setUserMenuOverride: new SetUserMenuOverride(uow, identity),
    clearUserMenuOverride: new ClearUserMenuOverride(uow, identity),
    createFirstAdmin: new CreateFirstAdmin(uow, users, access, createUser),
    createGroup: new CreateGroup(uow, identity),
    updateGroup: new UpdateGroup(uow, identity),
    deactivateGroup: new DeactivateGroup(uow, identity),
    setGroupMenuRights: new SetGroupMenuRights(uow, identity),
    createMenu: new CreateMenu(uow, access),
    updateMenu: new UpdateMenu(uow, access),
    deactivateMenu: new DeactivateMenu(uow, identity),
    createNamedRight: new CreateNamedRight(uow, access),
    updateNamedRight: new UpdateNamedRight(uow, access),
    deactivateNamedRight: new DeactivateNamedRight(uow, identity),
    createTeam: new CreateTeam(uow, identity, teams),
    updateTeam: new UpdateTeam(uow, identity, teams),
    deactivateTeam: new DeactivateTeam(uow, identity, teams),
    setTeamMembers: new SetTeamMembers(uow, identity, teams),
    identity: new IdentityQueries(infra.db, users, access, teams),
  };
  return {
    resolvers: resolvers as ServiceWiring<MastersContext>['resolvers'],
    onStart: async () => {
      await tokens;
      await bootstrapAdmin(
        infra.env,
        (context, admin) => useCases.createFirstAdmin.execute(context, admin),
        infra.logger,
      );
    },
    routes: (app) => {
      // The public halves of the token-signing keys, for the gateway (RFC 7517 JWK set).
      app.get('/.well-known/jwks.json', async (_req, res) => {
        res.setHeader('cache-control', 'public, max-age=300');
        res.json((await tokens).jwks());
      });
    },
    context: (base: RequestContext): MastersContext => ({
      ...base,
      useCases,
      auth,
      audit,
      loaders: {
        auditEntry: byIdLoader((ids) => audit.byIds(ids)),
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
        referenceItem: byIdLoader((ids) => useCases.referenceLists.itemsByIds(ids)),
        documentType: byIdLoader((ids) => useCases.documentTypes.documentTypesByIds(ids)),
        bso: byIdLoader((ids) => useCases.bso.bsosByIds(ids)),
        bsoCitySetting: byIdLoader((ids) => useCases.bso.citySettingsByIds(ids)),
        bsoMailSetting: byIdLoader((ids) => useCases.bso.mailSettingsByIds(ids)),
        citySettingsOfBso: groupLoader(
          (ids) => useCases.bso.citySettingsOfBsos(ids),
          (s) => s.bsoId,
        ),
        bsoSettingsOfCity: groupLoader(
          (ids) => useCases.bso.citySettingsOfCities(ids),
          (s) => s.cityId,
        ),
        mailSettingsOfBso: groupLoader(
          (ids) => useCases.bso.mailSettingsOfBsos(ids),
          (m) => m.bsoId ?? '',
        ),
        defaultMailSetting: new DataLoader(async (keys) => {
          const found = await useCases.bso.defaultMailSetting();
          return keys.map(() => found);
        }),
        user: byIdLoader((ids) => useCases.identity.usersByIds(ids)),
        group: byIdLoader((ids) => useCases.identity.groupsByIds(ids)),
        menu: byIdLoader((ids) => useCases.identity.menusByIds(ids)),
        namedRight: byIdLoader((ids) => useCases.identity.namedRightsByIds(ids)),
        team: byIdLoader((ids) => useCases.identity.teamsByIds(ids)),
        menuRightsOfGroup: groupLoader(
          (ids) => useCases.identity.menuRightsOfGroups(ids),
          (r) => r.groupId,
        ),
        menuOverridesOfUser: groupLoader(
          (ids) => useCases.identity.overridesOf(ids),
          (o) => o.userId,
        ),
        childrenOfMenu: groupLoader(
          (ids) => useCases.identity.childrenOfMenus(ids),
          (m) => m.parentId ?? '',
        ),
        savedAccessOfUser: groupLoader(
          (ids) => useCases.identity.savedAccessOf(ids),
          (a) => a.userId,
        ),
      },
    }),
  };
}
