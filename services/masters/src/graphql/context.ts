import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { Authentication } from '../application/auth/authentication';
import type { AuditQueries } from '../application/audit-trail';
import type { AuditEntry } from '../domain/audit';
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
import type { DocumentType } from '../domain/document-types';
import type { ReferenceItem } from '../domain/reference-lists';
import type { CreateDocumentType } from '../application/create-document-type';
import type { CreateReferenceItem } from '../application/create-reference-item';
import type { DeactivateDocumentType } from '../application/deactivate-document-type';
import type { DeactivateReferenceItem } from '../application/deactivate-reference-item';
import type { DocumentTypeQueries } from '../application/document-type-queries';
import type { ReferenceListQueries } from '../application/reference-list-queries';
import type { UpdateDocumentType } from '../application/update-document-type';
import type { UpdateReferenceItem } from '../application/update-reference-item';
import type { Bso, BsoCitySetting, BsoMailSetting } from '../domain/bso';
import type { BsoQueries } from '../application/bso-queries';
import type { CreateBso } from '../application/create-bso';
import type { CreateBsoCitySetting } from '../application/create-bso-city-setting';
import type { CreateBsoMailSetting } from '../application/create-bso-mail-setting';
import type { DeactivateBso } from '../application/deactivate-bso';
import type { DeactivateBsoCitySetting } from '../application/deactivate-bso-city-setting';
import type { UpdateBso } from '../application/update-bso';
import type { UpdateBsoCitySetting } from '../application/update-bso-city-setting';
import type { UpdateBsoMailSetting } from '../application/update-bso-mail-setting';
import type { AccessSnapshot } from '@oms/contracts';
import type {
  AccessGroup,
  GroupMenuRight,
  Menu,
  NamedRight,
  Team,
  User,
  UserMenuOverride,
} from '../domain/identity';
import type { ClearUserMenuOverride } from '../application/clear-user-menu-override';
import type { CreateFirstAdmin } from '../application/create-first-admin';
import type { CreateGroup } from '../application/create-group';
import type { CreateMenu } from '../application/create-menu';
import type { CreateNamedRight } from '../application/create-named-right';
import type { CreateTeam } from '../application/create-team';
import type { CreateUser } from '../application/create-user';
import type { DeactivateGroup } from '../application/deactivate-group';
import type { DeactivateMenu } from '../application/deactivate-menu';
import type { DeactivateNamedRight } from '../application/deactivate-named-right';
import type { DeactivateTeam } from '../application/deactivate-team';
import type { DeactivateUser } from '../application/deactivate-user';
import type { IdentityQueries } from '../application/identity-queries';
import type { ResetUserPassword } from '../application/reset-user-password';
import type { SetGroupMenuRights } from '../application/set-group-menu-rights';
import type { SetTeamMembers } from '../application/set-team-members';
import type { SetUserMenuOverride } from '../application/set-user-menu-override';
import type { UpdateGroup } from '../application/update-group';
import type { UpdateMenu } from '../application/update-menu';
import type { UpdateNamedRight } from '../application/update-named-right';
import type { UpdateTeam } from '../application/update-team';
import type { UpdateUser } from '../application/update-user';

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
  createReferenceItem: CreateReferenceItem;
  updateReferenceItem: UpdateReferenceItem;
  deactivateReferenceItem: DeactivateReferenceItem;
  referenceLists: ReferenceListQueries;
  createDocumentType: CreateDocumentType;
  updateDocumentType: UpdateDocumentType;
  deactivateDocumentType: DeactivateDocumentType;
  documentTypes: DocumentTypeQueries;
  createBso: CreateBso;
  updateBso: UpdateBso;
  deactivateBso: DeactivateBso;
  createBsoCitySetting: CreateBsoCitySetting;
  updateBsoCitySetting: UpdateBsoCitySetting;
  deactivateBsoCitySetting: DeactivateBsoCitySetting;
  createBsoMailSetting: CreateBsoMailSetting;
  updateBsoMailSetting: UpdateBsoMailSetting;
  bso: BsoQueries;
  // Users, groups, menus, rights and teams
  createUser: CreateUser;
  updateUser: UpdateUser;
  deactivateUser: DeactivateUser;
  resetUserPassword: ResetUserPassword;
  setUserMenuOverride: SetUserMenuOverride;
  clearUserMenuOverride: ClearUserMenuOverride;
  /** The first administrator, for the bootstrap (`application/auth/bootstrap-admin.ts`). */
  createFirstAdmin: CreateFirstAdmin;
  createGroup: CreateGroup;
  updateGroup: UpdateGroup;
  deactivateGroup: DeactivateGroup;
  setGroupMenuRights: SetGroupMenuRights;
  createMenu: CreateMenu;
  updateMenu: UpdateMenu;
  deactivateMenu: DeactivateMenu;
  createNamedRight: CreateNamedRight;
  updateNamedRight: UpdateNamedRight;
  deactivateNamedRight: DeactivateNamedRight;
  createTeam: CreateTeam;
  updateTeam: UpdateTeam;
  deactivateTeam: DeactivateTeam;
  setTeamMembers: SetTeamMembers;
  identity: IdentityQueries;
}

/** Per-request context of the masters subgraph. */
export interface MastersContext extends RequestContext {
  useCases: MastersUseCases;
  /** Sign-in, renewal, sign-out and password change. */
  auth: Authentication;
  /** The control-panel audit trail. */
  audit: AuditQueries;
  loaders: {
    auditEntry: DataLoader<string, AuditEntry | null>;
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
    referenceItem: DataLoader<string, ReferenceItem | null>;
    documentType: DataLoader<string, DocumentType | null>;
    bso: DataLoader<string, Bso | null>;
    bsoCitySetting: DataLoader<string, BsoCitySetting | null>;
    bsoMailSetting: DataLoader<string, BsoMailSetting | null>;
    citySettingsOfBso: DataLoader<string, BsoCitySetting[]>;
    bsoSettingsOfCity: DataLoader<string, BsoCitySetting[]>;
    /** A BSO's own mail setting (at most one per BSO). */
    mailSettingsOfBso: DataLoader<string, BsoMailSetting[]>;
    /** The default mail setting, loaded once per request whatever the key. */
    defaultMailSetting: DataLoader<'default', BsoMailSetting | null>;
    user: DataLoader<string, User | null>;
    group: DataLoader<string, AccessGroup | null>;
    menu: DataLoader<string, Menu | null>;
    namedRight: DataLoader<string, NamedRight | null>;
    team: DataLoader<string, Team | null>;
    menuRightsOfGroup: DataLoader<string, GroupMenuRight[]>;
    menuOverridesOfUser: DataLoader<string, UserMenuOverride[]>;
    childrenOfMenu: DataLoader<string, Menu[]>;
    /** The access snapshot masters last published for a user (at most one). */
    savedAccessOfUser: DataLoader<string, AccessSnapshot[]>;
  };
}
