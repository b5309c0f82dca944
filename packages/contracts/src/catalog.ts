import { z } from 'zod';
import type { ServiceName } from './topics';
import { accessSnapshotSchema } from './access';

/** One published event: who publishes it, its version, and the shape of its payload. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  type: string;
  version: number;
  source: ServiceName;
  aggregateType: string;
  payload: S;
}

function define<S extends z.ZodType>(def: EventDefinition<S>): EventDefinition<S> {
  return def;
}

const id = z.string().min(1);
const at = z.iso.datetime({ offset: true });
/** A calendar date, `YYYY-MM-DD` (installation, activation, billing start). */
const day = z.iso.date();
/** A money amount as a decimal string with two decimals, e.g. `"12500.00"` (never a float). */
const money = z.string().regex(/^\d{1,13}\.\d{2}$/);

/** The kinds of customer request the order process engine runs (each has its own flow). */
export const orderTypeSchema = z.enum([
  'NEW',
  'UPGRADE',
  'DOWNGRADE',
  'SHIFTING',
  'MIGRATION',
  'PRICE_REVISION',
  'TERMINATION',
  'OTHER_REQUEST',
]);

/**
 * Someone an event's publisher wants told about it by mail, resolved by the publisher from what it owns
 * (orders: the team that takes the work, the customer, the sales owner; approvals: the approvers of a level;
 * feasibility: the BSO's city-setting recipients). integrations picks the template by the event type.
 */
export const mailRecipientSchema = z.object({
  email: z.string().min(3),
  name: z.string().nullable(),
  role: z.enum(['CUSTOMER', 'SALES', 'TEAM', 'APPROVER', 'BSO', 'TECHNICAL']),
  /** To (default) or Cc. */
  kind: z.enum(['TO', 'CC']).default('TO'),
});
export type MailRecipient = z.infer<typeof mailRecipientSchema>;

/** The recipients with each address once, compared case-insensitively (the first mention wins). */
export function uniqueRecipients<R extends { email: string }>(recipients: readonly R[]): R[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.email.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** masters: a user's effective access changed (created, edited, groups, rights, branches, deactivated). */
export const userAccessChanged = define({
  type: 'user_access.changed',
  version: 1,
  source: 'masters',
  aggregateType: 'User',
  payload: accessSnapshotSchema,
});

/** masters: a login session (a refresh-token family) was revoked: logout, reuse of a spent token, password change. */
export const sessionRevoked = define({
  type: 'session.revoked',
  version: 1,
  source: 'masters',
  aggregateType: 'Session',
  payload: z.object({ sessionId: id, userId: id, reason: z.string(), expiresAt: at }),
});

/** masters: a state was created. */
export const stateCreated = define({
  type: 'state.created',
  version: 1,
  source: 'masters',
  aggregateType: 'State',
  payload: z.object({ stateId: id, code: z.string(), name: z.string(), createdAt: at }),
});

/** masters: a city was created in a state. */
export const cityCreated = define({
  type: 'city.created',
  version: 1,
  source: 'masters',
  aggregateType: 'City',
  payload: z.object({ cityId: id, stateId: id, code: z.string(), name: z.string(), createdAt: at }),
});

/** masters: a state was renamed (its code never changes). */
export const stateUpdated = define({
  type: 'state.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'State',
  payload: z.object({ stateId: id, name: z.string(), updatedAt: at }),
});

/** masters: a state was deactivated; it stays readable and referenced, but takes no new cities. */
export const stateDeactivated = define({
  type: 'state.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'State',
  payload: z.object({ stateId: id, deactivatedAt: at }),
});

/** masters: a city was renamed (its code never changes). */
export const cityUpdated = define({
  type: 'city.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'City',
  payload: z.object({ cityId: id, name: z.string(), updatedAt: at }),
});

/** masters: a city was deactivated; existing references stay valid, new ones should be refused. */
export const cityDeactivated = define({
  type: 'city.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'City',
  payload: z.object({ cityId: id, deactivatedAt: at }),
});

/** masters: a zone (region grouping branches) was created. */
export const zoneCreated = define({
  type: 'zone.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Zone',
  payload: z.object({ zoneId: id, code: z.string(), name: z.string(), createdAt: at }),
});

/** masters: a zone was renamed. */
export const zoneUpdated = define({
  type: 'zone.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Zone',
  payload: z.object({ zoneId: id, name: z.string(), updatedAt: at }),
});

/** masters: a zone was deactivated. */
export const zoneDeactivated = define({
  type: 'zone.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Zone',
  payload: z.object({ zoneId: id, deactivatedAt: at }),
});

/** masters: a branch was opened in a zone, serving a set of cities. */
export const branchCreated = define({
  type: 'branch.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Branch',
  payload: z.object({
    branchId: id,
    code: z.string(),
    name: z.string(),
    zoneId: id,
    cityIds: z.array(id).min(1),
    createdAt: at,
  }),
});

/** masters: a branch was edited; carries its whole current name, zone and cities so copies can be replaced. */
export const branchUpdated = define({
  type: 'branch.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Branch',
  payload: z.object({
    branchId: id,
    name: z.string(),
    zoneId: id,
    cityIds: z.array(id).min(1),
    updatedAt: at,
  }),
});

/** masters: a branch was deactivated. */
export const branchDeactivated = define({
  type: 'branch.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Branch',
  payload: z.object({ branchId: id, deactivatedAt: at }),
});

/** masters: a product category (e.g. ILL, VOIP, VAS) was created. */
export const productCategoryCreated = define({
  type: 'product_category.created',
  version: 1,
  source: 'masters',
  aggregateType: 'ProductCategory',
  payload: z.object({ productCategoryId: id, code: z.string(), name: z.string(), createdAt: at }),
});

/** masters: a product category was renamed (its code never changes). */
export const productCategoryUpdated = define({
  type: 'product_category.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'ProductCategory',
  payload: z.object({ productCategoryId: id, name: z.string(), updatedAt: at }),
});

/** masters: a product category was deactivated; it takes no new products. */
export const productCategoryDeactivated = define({
  type: 'product_category.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'ProductCategory',
  payload: z.object({ productCategoryId: id, deactivatedAt: at }),
});

/** masters: a product was created in a category. */
export const productCreated = define({
  type: 'product.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Product',
  payload: z.object({ productId: id, code: z.string(), name: z.string(), categoryId: id, createdAt: at }),
});

/** masters: a product was edited; carries its whole current name and category. */
export const productUpdated = define({
  type: 'product.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Product',
  payload: z.object({ productId: id, name: z.string(), categoryId: id, updatedAt: at }),
});

/** masters: a product was deactivated. */
export const productDeactivated = define({
  type: 'product.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Product',
  payload: z.object({ productId: id, deactivatedAt: at }),
});

/** masters: the bandwidths a product offers were replaced; `bandwidthIds` in rank order (lowest first). */
export const productBandwidthsSet = define({
  type: 'product.bandwidths_set',
  version: 1,
  source: 'masters',
  aggregateType: 'Product',
  payload: z.object({ productId: id, bandwidthIds: z.array(id), updatedAt: at }),
});

const bandwidthUnit = z.enum(['KBPS', 'MBPS', 'GBPS']);

/** masters: a bandwidth was created; `rank` orders upgrades and downgrades (higher = more). */
export const bandwidthCreated = define({
  type: 'bandwidth.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Bandwidth',
  payload: z.object({
    bandwidthId: id,
    value: z.number().int().positive(),
    unit: bandwidthUnit,
    rank: z.number().int(),
    label: z.string(),
    createdAt: at,
  }),
});

/** masters: a bandwidth was re-ranked; carries its value, unit and new rank. */
export const bandwidthUpdated = define({
  type: 'bandwidth.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Bandwidth',
  payload: z.object({
    bandwidthId: id,
    value: z.number().int().positive(),
    unit: bandwidthUnit,
    rank: z.number().int(),
    updatedAt: at,
  }),
});

/** masters: a bandwidth was deactivated; carries its value, unit and rank. */
export const bandwidthDeactivated = define({
  type: 'bandwidth.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Bandwidth',
  payload: z.object({
    bandwidthId: id,
    value: z.number().int().positive(),
    unit: bandwidthUnit,
    rank: z.number().int(),
    deactivatedAt: at,
  }),
});

// --- Reference lists and document types (masters) ---

/**
 * The whole state of a reference-list item, as every `reference_item.*` event carries it, so a consumer
 * can keep a local copy of a dropdown list by replacing its row with each event.
 */
const referenceItemState = {
  referenceItemId: id,
  list: z.enum([
    'TERMINATION_REASON',
    'CANCELLATION_REASON',
    'REJECTION_REASON',
    'OTHER_REQUIREMENT_TYPE',
    'DELIVERY_MODE',
    'PAYMENT_TERM',
    'BILLING_CYCLE',
    'PRICE_COMPONENT',
  ]),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  sortOrder: z.number().int(),
  /** PAYMENT_TERM only. */
  days: z.number().int().min(0).max(365).nullable(),
  /** BILLING_CYCLE only. */
  months: z.number().int().min(1).max(60).nullable(),
  /** PRICE_COMPONENT only. */
  charge: z.enum(['ONE_TIME', 'RECURRING']).nullable(),
  active: z.boolean(),
};

/** masters: an item was added to a reference list (a reason, delivery mode, payment term, ...). */
export const referenceItemCreated = define({
  type: 'reference_item.created',
  version: 1,
  source: 'masters',
  aggregateType: 'ReferenceItem',
  payload: z.object({ ...referenceItemState, createdAt: at }),
});

/** masters: a reference-list item was edited; carries its whole current state (list and code never change). */
export const referenceItemUpdated = define({
  type: 'reference_item.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'ReferenceItem',
  payload: z.object({ ...referenceItemState, updatedAt: at }),
});

/** masters: a reference-list item was deactivated (`active: false`); dropdowns no longer offer it. */
export const referenceItemDeactivated = define({
  type: 'reference_item.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'ReferenceItem',
  payload: z.object({ ...referenceItemState, deactivatedAt: at }),
});

/** The whole state of a document type, as every `document_type.*` event carries it. */
const documentTypeState = {
  documentTypeId: id,
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** Which order types need it at which process step. */
  requiredFor: z.array(
    z.object({
      orderType: orderTypeSchema,
      step: z.enum([
        'LEAD',
        'ORDER_ENTRY',
        'APPROVAL',
        'PROVISIONING',
        'INSTALLATION',
        'ACTIVATION',
        'CLOSURE',
      ]),
    }),
  ),
  allowedContentTypes: z.array(z.string()).min(1),
  maxSizeBytes: z
    .number()
    .int()
    .min(1)
    .max(50 * 1024 * 1024),
  active: z.boolean(),
};

/** masters: a document type (e.g. the customer-signed installation report) was created. */
export const documentTypeCreated = define({
  type: 'document_type.created',
  version: 1,
  source: 'masters',
  aggregateType: 'DocumentType',
  payload: z.object({ ...documentTypeState, createdAt: at }),
});

/** masters: a document type was edited; carries its whole current state (its code never changes). */
export const documentTypeUpdated = define({
  type: 'document_type.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'DocumentType',
  payload: z.object({ ...documentTypeState, updatedAt: at }),
});

/** masters: a document type was deactivated (`active: false`); no step requires or accepts it any more. */
export const documentTypeDeactivated = define({
  type: 'document_type.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'DocumentType',
  payload: z.object({ ...documentTypeState, deactivatedAt: at }),
});

// --- end of reference lists and document types ---

const bsoContact = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  role: z.string().nullable(),
});

/** masters: a BSO (partner last-mile operator) was created with its contacts. */
export const bsoCreated = define({
  type: 'bso.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Bso',
  payload: z.object({
    bsoId: id,
    code: z.string(),
    name: z.string(),
    contacts: z.array(bsoContact).min(1),
    createdAt: at,
  }),
});

/** masters: a BSO was edited; carries its whole current name and contacts (its code never changes). */
export const bsoUpdated = define({
  type: 'bso.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Bso',
  payload: z.object({
    bsoId: id,
    name: z.string(),
    contacts: z.array(bsoContact).min(1),
    updatedAt: at,
  }),
});

/** masters: a BSO was deactivated (only once none of its city settings is active). */
export const bsoDeactivated = define({
  type: 'bso.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Bso',
  payload: z.object({ bsoId: id, deactivatedAt: at }),
});

/**
 * The whole state of a BSO city setting, as every `bso_city_setting.*` event carries it, so a consumer
 * (feasibility) can keep a local copy by replacing its row with each event.
 */
const bsoCitySettingState = {
  bsoCitySettingId: id,
  bsoId: id,
  cityId: id,
  to: z.array(z.string()).min(1),
  cc: z.array(z.string()),
  tatHours: z.number().int().min(1).max(720),
  active: z.boolean(),
};

/** masters: a BSO was set up to answer feasibility in a city (recipients and TAT). */
export const bsoCitySettingCreated = define({
  type: 'bso_city_setting.created',
  version: 1,
  source: 'masters',
  aggregateType: 'BsoCitySetting',
  payload: z.object({ ...bsoCitySettingState, createdAt: at }),
});

/** masters: a BSO city setting's recipients or TAT were edited; carries its whole current state. */
export const bsoCitySettingUpdated = define({
  type: 'bso_city_setting.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'BsoCitySetting',
  payload: z.object({ ...bsoCitySettingState, updatedAt: at }),
});

/** masters: a BSO city setting was deactivated (`active: false`); the BSO no longer serves that city. */
export const bsoCitySettingDeactivated = define({
  type: 'bso_city_setting.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'BsoCitySetting',
  payload: z.object({ ...bsoCitySettingState, deactivatedAt: at }),
});

/**
 * masters: a BSO mail setting was created or edited; carries the whole setting. `bsoId` null is the
 * default used for every BSO without one of its own. Templates use `{{placeholder}}` variables.
 */
export const bsoMailSettingSaved = define({
  type: 'bso_mail_setting.saved',
  version: 1,
  source: 'masters',
  aggregateType: 'BsoMailSetting',
  payload: z.object({
    bsoMailSettingId: id,
    bsoId: id.nullable(),
    senderEmail: z.string(),
    senderName: z.string(),
    subjectTemplate: z.string(),
    bodyTemplate: z.string(),
    savedAt: at,
  }),
});

// --- users and teams ---

/**
 * The whole state of a user, as every `user.*` event carries it (never any password data), so other services
 * can keep a local copy of who people are by replacing their row with each event. Access (groups, rights,
 * data scope) travels in `user_access.changed`.
 */
const userState = {
  userId: id,
  /** Lower case; never changes. */
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  kind: z.enum(['STAFF', 'PARTNER']),
  /** The BSO of a PARTNER account; null for STAFF. */
  bsoId: id.nullable(),
  homeBranchId: id.nullable(),
  /** Every branch the user works in: the home branch first, then the further ones. */
  branchIds: z.array(id),
  active: z.boolean(),
};

/** masters: a user was created (staff of a branch or head office, or a BSO partner's account). */
export const userCreated = define({
  type: 'user.created',
  version: 1,
  source: 'masters',
  aggregateType: 'User',
  payload: z.object({ ...userState, createdAt: at }),
});

/** masters: a user was edited; carries the whole current state. */
export const userUpdated = define({
  type: 'user.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'User',
  payload: z.object({ ...userState, updatedAt: at }),
});

/** masters: a user was deactivated (`active: false`); they can no longer sign in or be given work. */
export const userDeactivated = define({
  type: 'user.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'User',
  payload: z.object({ ...userState, deactivatedAt: at }),
});

/**
 * masters: an administrator set a new password for a user (never carries any password data); every session of
 * the user ended (`session.revoked`).
 */
export const userPasswordReset = define({
  type: 'user.password_reset',
  version: 1,
  source: 'masters',
  aggregateType: 'User',
  payload: z.object({ userId: id, resetAt: at }),
});

/**
 * The whole state of a team, as every `team.*` event carries it, so services that pick recipients and work
 * queues (orders, feasibility, integrations) keep a local copy by replacing their row with each event.
 */
const teamState = {
  teamId: id,
  code: z.string(),
  name: z.string(),
  kind: z.enum(['PROVISIONING', 'INSTALLATION', 'BILLING', 'TECHNICAL', 'LOGISTICS']),
  /** The branch it works for. */
  branchId: id,
  /** The cities it covers; empty: all of the branch's. */
  cityIds: z.array(id),
  memberIds: z.array(id),
  /** The members with their e-mail addresses, in `memberIds` order. */
  members: z.array(z.object({ userId: id, email: z.string() })),
  /** The team's shared mail address, if any. */
  mailAddress: z.string().nullable(),
  active: z.boolean(),
};

/** masters: a team was created. */
export const teamCreated = define({
  type: 'team.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Team',
  payload: z.object({ ...teamState, createdAt: at }),
});

/** masters: a team was edited, or its members changed; carries the whole current state. */
export const teamUpdated = define({
  type: 'team.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Team',
  payload: z.object({ ...teamState, updatedAt: at }),
});

/** masters: a team was deactivated (`active: false`); it gets no new work. */
export const teamDeactivated = define({
  type: 'team.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Team',
  payload: z.object({ ...teamState, deactivatedAt: at }),
});

const menuRight = z.enum(['VIEW', 'CREATE', 'EDIT', 'APPROVE', 'ADMIN']);
/** Rights on one menu (by id and code). */
const menuRights = z.array(z.object({ menuId: id, menuCode: z.string(), rights: z.array(menuRight) }));

/** masters: a user's menu overrides changed (set or cleared); carries all of them (empty rights: menu removed). */
export const userMenuOverridesChanged = define({
  type: 'user.menu_overrides_changed',
  version: 1,
  source: 'masters',
  aggregateType: 'User',
  payload: z.object({ userId: id, menuOverrides: menuRights, updatedAt: at }),
});

/** The whole state of a group (role), as every `group.*` event carries it. */
const groupState = {
  groupId: id,
  code: z.string(),
  name: z.string(),
  dataScope: z.enum(['ALL', 'ASSIGNED']),
  kind: z.enum(['STAFF', 'PARTNER']),
  namedRightCodes: z.array(z.string()),
  active: z.boolean(),
};

/** masters: a group (role) was created. Its members' access travels in `user_access.changed`. */
export const groupCreated = define({
  type: 'group.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Group',
  payload: z.object({ ...groupState, createdAt: at }),
});

/** masters: a group's name, data scope or named rights were edited; carries the whole current state. */
export const groupUpdated = define({
  type: 'group.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Group',
  payload: z.object({ ...groupState, updatedAt: at }),
});

/** masters: a group was deactivated; it no longer gives its members anything. */
export const groupDeactivated = define({
  type: 'group.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Group',
  payload: z.object({ ...groupState, deactivatedAt: at }),
});

/** masters: the rights a group gives on a menu were set; carries all of the group's menu rights. */
export const groupMenuRightsSet = define({
  type: 'group.menu_rights_set',
  version: 1,
  source: 'masters',
  aggregateType: 'Group',
  payload: z.object({ groupId: id, menuRights, updatedAt: at }),
});

/** The whole state of a menu, as every `menu.*` event carries it. */
const menuState = {
  menuId: id,
  code: z.string(),
  name: z.string(),
  parentId: id.nullable(),
  route: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
};

/** masters: a menu was added to the navigation. */
export const menuCreated = define({
  type: 'menu.created',
  version: 1,
  source: 'masters',
  aggregateType: 'Menu',
  payload: z.object({ ...menuState, createdAt: at }),
});

/** masters: a menu's name, place, route or sort order was edited; carries the whole current state. */
export const menuUpdated = define({
  type: 'menu.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'Menu',
  payload: z.object({ ...menuState, updatedAt: at }),
});

/** masters: a menu was deactivated; it gives no permission any more. */
export const menuDeactivated = define({
  type: 'menu.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'Menu',
  payload: z.object({ ...menuState, deactivatedAt: at }),
});

/** The whole state of a named right, as every `named_right.*` event carries it. */
const namedRightState = {
  namedRightId: id,
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
};

/** masters: a named right was created. */
export const namedRightCreated = define({
  type: 'named_right.created',
  version: 1,
  source: 'masters',
  aggregateType: 'NamedRight',
  payload: z.object({ ...namedRightState, createdAt: at }),
});

/** masters: a named right's name or description was edited. */
export const namedRightUpdated = define({
  type: 'named_right.updated',
  version: 1,
  source: 'masters',
  aggregateType: 'NamedRight',
  payload: z.object({ ...namedRightState, updatedAt: at }),
});

/** masters: a named right was deactivated; nobody holds it any more. */
export const namedRightDeactivated = define({
  type: 'named_right.deactivated',
  version: 1,
  source: 'masters',
  aggregateType: 'NamedRight',
  payload: z.object({ ...namedRightState, deactivatedAt: at }),
});

// --- end of users and teams ---

/** orders: a sales lead was captured. */
export const leadCreated = define({
  type: 'lead.created',
  version: 1,
  source: 'orders',
  aggregateType: 'Lead',
  payload: z.object({
    leadId: id,
    leadNo: z.string(),
    customerName: z.string(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    cityId: id,
    /** The branch the lead belongs to; absent only in events published before leads had branches. */
    branchId: id.optional(),
    productInterest: z.string().nullable(),
    createdAt: at,
  }),
});

/** Which lead an event of a lead's life is about: its id and number, the customer and the city. */
const aboutLead = { leadId: id, leadNo: z.string(), customerName: z.string(), cityId: id };

/**
 * orders: a lead was cancelled with a reason: an open lead, or at the order-entry step a converted lead
 * together with its booked order. feasibility withdraws the lead's requests still waiting for a verdict
 * (their BSOs are told they need not answer); integrations records it for LMS.
 */
export const leadCancelled = define({
  type: 'lead.cancelled',
  version: 1,
  source: 'orders',
  aggregateType: 'Lead',
  payload: z.object({
    ...aboutLead,
    /** The lead's branch; null only for leads captured before leads had branches. */
    branchId: id.nullable(),
    reason: z.string(),
    cancelledAt: at,
    cancelledBy: id,
  }),
});

/**
 * orders: an order was entered for a lead, which is now CONVERTED (in the order's transaction). feasibility
 * withdraws the lead's requests still waiting for a verdict — the order went ahead on another answer;
 * integrations records it for LMS.
 */
export const leadConverted = define({
  type: 'lead.converted',
  version: 1,
  source: 'orders',
  aggregateType: 'Lead',
  payload: z.object({
    ...aboutLead,
    /** The lead's branch (every lead that can be converted has one). */
    branchId: id,
    orderId: id,
    orderNo: z.string(),
    convertedAt: at,
    convertedBy: id,
  }),
});

/** feasibility: a feasibility request was opened for a lead. */
export const feasibilityRequested = define({
  type: 'feasibility.requested',
  version: 1,
  source: 'feasibility',
  aggregateType: 'FeasibilityRequest',
  payload: z.object({
    requestId: id,
    requestNo: z.string(),
    leadId: id,
    cityId: id,
    bandwidthMbps: z.number().int().positive(),
    address: z.string(),
    /** The branch the request belongs to; absent only in events from before requests had branches. */
    branchId: id.optional(),
    /** The BSO asked to answer; absent only in events from before requests were assigned to BSOs. */
    bsoId: id.optional(),
    bsoCode: z.string().optional(),
    bsoName: z.string().optional(),
    /** When the BSO's answer is due (the city setting's TAT). */
    answerDueAt: at.optional(),
    /** Who at the BSO gets the request mail: the city setting's To and Cc addresses. */
    notify: z.array(mailRecipientSchema).optional(),
    createdAt: at,
  }),
});

/** Which feasibility request an event is about: its ids and number, its lead, city, branch and BSO. */
const assignedRequest = {
  requestId: id,
  requestNo: z.string(),
  leadId: id,
  cityId: id,
  branchId: id,
  bsoId: id,
};

/**
 * feasibility: the BSO a feasibility request was assigned to answered it (once): feasible or not and, when
 * feasible, its one-time and monthly costs (decimal strings, `currency`) and the days it needs to deliver.
 * integrations mails `notify` so the technical team can record its verdict.
 */
export const feasibilityRequestAnswered = define({
  type: 'feasibility_request.answered',
  version: 1,
  source: 'feasibility',
  aggregateType: 'FeasibilityRequest',
  payload: z.object({
    ...assignedRequest,
    feasible: z.boolean(),
    otcCost: z
      .string()
      .regex(/^\d+\.\d{2}$/)
      .nullable(),
    mrcCost: z
      .string()
      .regex(/^\d+\.\d{2}$/)
      .nullable(),
    currency: z.string().length(3),
    expectedDeliveryDays: z.number().int().min(1).max(365).nullable(),
    remarks: z.string().nullable(),
    answeredAt: at,
    answeredBy: id,
    /** The BSO's code and name, for the mail; absent in events from before answers were mailed. */
    bsoCode: z.string().optional(),
    bsoName: z.string().optional(),
    /**
     * Who is told the BSO answered: the requester and the technical users of the request's branch, who
     * record the verdict next; absent in events from before answers were mailed.
     */
    notify: z.array(mailRecipientSchema).optional(),
  }),
});

/**
 * feasibility: the BSO of a request had not answered by its due time (`answerDueAt`, the city setting's TAT)
 * and was reminded — once per request. `notify` is the BSO's To/Cc addresses and the requester (Cc).
 */
export const feasibilityRequestReminded = define({
  type: 'feasibility_request.reminded',
  version: 1,
  source: 'feasibility',
  aggregateType: 'FeasibilityRequest',
  payload: z.object({
    ...assignedRequest,
    bsoCode: z.string().nullable(),
    bsoName: z.string().nullable(),
    bandwidthMbps: z.number().int().positive(),
    address: z.string(),
    answerDueAt: at,
    remindedAt: at,
    notify: z.array(mailRecipientSchema),
  }),
});

/**
 * feasibility: the technical team recorded its verdict on one BSO's answer to a feasibility request (once):
 * FEASIBLE or NOT_FEASIBLE, with the BSO's costs and delivery days it was based on. orders takes the
 * outcome onto the lead.
 */
export const feasibilityRequestConcluded = define({
  type: 'feasibility_request.concluded',
  version: 1,
  source: 'feasibility',
  aggregateType: 'FeasibilityRequest',
  payload: z.object({
    ...assignedRequest,
    verdict: z.enum(['FEASIBLE', 'NOT_FEASIBLE']),
    otcCost: money.nullable(),
    mrcCost: money.nullable(),
    currency: z.string().length(3),
    expectedDeliveryDays: z.number().int().min(1).max(365).nullable(),
    remarks: z.string().nullable(),
    decidedAt: at,
    decidedBy: id,
    notify: z.array(mailRecipientSchema),
  }),
});

/**
 * feasibility: a feasibility request still waiting (OPEN) or answered but not decided (ANSWERED) was
 * withdrawn by the requester (e.g. another BSO was chosen, or the lead was dropped), with why. `notify` is the
 * BSO's To/Cc addresses, so it can be told it need not answer.
 */
export const feasibilityRequestWithdrawn = define({
  type: 'feasibility_request.withdrawn',
  version: 1,
  source: 'feasibility',
  aggregateType: 'FeasibilityRequest',
  payload: z.object({
    ...assignedRequest,
    fromStatus: z.enum(['OPEN', 'ANSWERED']),
    reason: z.string(),
    withdrawnAt: at,
    withdrawnBy: id,
    notify: z.array(mailRecipientSchema),
  }),
});

// --- orders: the order process engine ---

/**
 * orders: an order was sent for approval (when it was created, or resubmitted from the rejected bin: `round`
 * counts the approval rounds, 1 first). Carries what the DOA matrix matches on. approvals opens one approval
 * request per (order, round).
 */
export const orderSubmitted = define({
  type: 'order.submitted',
  version: 1,
  source: 'orders',
  aggregateType: 'Order',
  payload: z.object({
    orderId: id,
    orderNo: z.string(),
    orderType: orderTypeSchema,
    round: z.number().int().min(1),
    leadId: id.nullable(),
    customerName: z.string(),
    branchId: id,
    zoneId: id,
    cityId: id,
    productCategoryId: id,
    productId: id,
    bandwidthId: id.nullable(),
    /** Annual recurring charge. */
    arc: money,
    /** One-time charge. */
    otc: money,
    /** Discount off the list price, in percent with two decimals ("12.50"). */
    discountPercent: z.string().regex(/^\d{1,3}\.\d{2}$/),
    currency: z.string().length(3),
    submittedAt: at,
    submittedBy: id,
  }),
});

/**
 * orders: an order moved from one state of its flow to the next (also on creation, `fromState` null). The one
 * event every transition of the engine publishes; `notify` is who the flow says hears about the new state.
 */
export const orderStateChanged = define({
  type: 'order.state_changed',
  version: 1,
  source: 'orders',
  aggregateType: 'Order',
  payload: z.object({
    orderId: id,
    orderNo: z.string(),
    orderType: orderTypeSchema,
    flowVersion: z.number().int().min(1),
    transition: z.string(),
    fromState: z.string().nullable(),
    toState: z.string(),
    branchId: id,
    cityId: id,
    customerName: z.string(),
    actorId: id,
    changedAt: at,
    /** When the new state's TAT budget runs out; null for states without one (final states). */
    tatDueAt: at.nullable(),
    comment: z.string().nullable(),
    notify: z.array(mailRecipientSchema),
  }),
});

/**
 * orders: an order's service went live on its activation date and entered the customer's installed base.
 * integrations syncs BMS (customer, service, billing start), LMS (lead and link closed) and Helpdesk
 * (customer service record), and mails the customer the welcome letter.
 */
export const orderActivated = define({
  type: 'order.activated',
  version: 1,
  source: 'orders',
  aggregateType: 'Order',
  payload: z.object({
    orderId: id,
    orderNo: z.string(),
    orderType: orderTypeSchema,
    leadId: id.nullable(),
    branchId: id,
    cityId: id,
    customer: z.object({
      customerId: id,
      customerCode: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string(),
    }),
    service: z.object({
      serviceId: id,
      serviceNo: z.string(),
      productId: id,
      productCode: z.string(),
      bandwidthLabel: z.string().nullable(),
      arc: money,
      otc: money,
      currency: z.string().length(3),
    }),
    installationDate: day,
    activationDate: day,
    billingStartDate: day,
    activatedAt: at,
    activatedBy: id,
  }),
});

// --- approvals: approval requests ---

/**
 * approvals: an approval request's level opened (level 1 when the request is opened for an order round, each
 * next level when the one before approved and its limit did not cover the amount). `notify` holds the level's
 * approvers (and their delegates).
 */
export const approvalLevelOpened = define({
  type: 'approval_level.opened',
  version: 1,
  source: 'approvals',
  aggregateType: 'ApprovalRequest',
  payload: z.object({
    approvalRequestId: id,
    orderId: id,
    orderNo: z.string(),
    round: z.number().int().min(1),
    matrixId: id,
    matrixVersion: z.number().int().min(1),
    level: z.number().int().min(1),
    role: z.string(),
    limit: money,
    amount: money,
    dueAt: at,
    openedAt: at,
    notify: z.array(mailRecipientSchema),
  }),
});

/** approvals: a level's TAT ran out before it decided; the request escalated to the next role up. */
export const approvalLevelEscalated = define({
  type: 'approval_level.escalated',
  version: 1,
  source: 'approvals',
  aggregateType: 'ApprovalRequest',
  payload: z.object({
    approvalRequestId: id,
    orderId: id,
    orderNo: z.string(),
    round: z.number().int().min(1),
    level: z.number().int().min(1),
    role: z.string(),
    escalatedTo: z.string(),
    escalatedAt: at,
    notify: z.array(mailRecipientSchema),
  }),
});

/** approvals: an order round was approved: a level whose limit covers the amount approved it. */
export const approvalRequestApproved = define({
  type: 'approval_request.approved',
  version: 1,
  source: 'approvals',
  aggregateType: 'ApprovalRequest',
  payload: z.object({
    approvalRequestId: id,
    orderId: id,
    orderNo: z.string(),
    round: z.number().int().min(1),
    decidedAt: at,
    decidedBy: id,
    comment: z.string().nullable(),
  }),
});

/** approvals: an order round was rejected at a level; the order goes to the rejected bin. */
export const approvalRequestRejected = define({
  type: 'approval_request.rejected',
  version: 1,
  source: 'approvals',
  aggregateType: 'ApprovalRequest',
  payload: z.object({
    approvalRequestId: id,
    orderId: id,
    orderNo: z.string(),
    round: z.number().int().min(1),
    level: z.number().int().min(1),
    decidedAt: at,
    decidedBy: id,
    reasonCode: z.string().nullable(),
    comment: z.string(),
  }),
});

/** approvals: a DOA approval matrix was created (inactive until published). */
export const approvalMatrixCreated = define({
  type: 'approval_matrix.created',
  version: 1,
  source: 'approvals',
  aggregateType: 'ApprovalMatrix',
  payload: z.object({ matrixId: id, name: z.string(), version: z.number().int(), createdAt: at }),
});

/** integrations: an inbound event was recorded for downstream sync. */
export const syncRecorded = define({
  type: 'sync.recorded',
  version: 1,
  source: 'integrations',
  aggregateType: 'SyncRecord',
  payload: z.object({
    syncRecordId: id,
    eventId: id,
    eventType: z.string(),
    system: z.string(),
    createdAt: at,
  }),
});

/** Every event the system publishes, by `type@version`. */
export const EVENT_CATALOG: ReadonlyMap<string, EventDefinition> = new Map(
  [
    stateCreated,
    stateUpdated,
    userAccessChanged,
    sessionRevoked,
    stateDeactivated,
    cityCreated,
    cityUpdated,
    cityDeactivated,
    zoneCreated,
    zoneUpdated,
    zoneDeactivated,
    branchCreated,
    branchUpdated,
    branchDeactivated,
    productCategoryCreated,
    productCategoryUpdated,
    productCategoryDeactivated,
    productCreated,
    productUpdated,
    productDeactivated,
    productBandwidthsSet,
    bandwidthCreated,
    bandwidthUpdated,
    bandwidthDeactivated,
    referenceItemCreated,
    referenceItemUpdated,
    referenceItemDeactivated,
    documentTypeCreated,
    documentTypeUpdated,
    documentTypeDeactivated,
    bsoCreated,
    bsoUpdated,
    bsoDeactivated,
    bsoCitySettingCreated,
    bsoCitySettingUpdated,
    bsoCitySettingDeactivated,
    bsoMailSettingSaved,
    userCreated,
    userUpdated,
    userDeactivated,
    userPasswordReset,
    teamCreated,
    teamUpdated,
    teamDeactivated,
    userMenuOverridesChanged,
    groupCreated,
    groupUpdated,
    groupDeactivated,
    groupMenuRightsSet,
    menuCreated,
    menuUpdated,
    menuDeactivated,
    namedRightCreated,
    namedRightUpdated,
    namedRightDeactivated,
    leadCreated,
    leadCancelled,
    leadConverted,
    feasibilityRequested,
    feasibilityRequestAnswered,
    feasibilityRequestConcluded,
    feasibilityRequestWithdrawn,
    feasibilityRequestReminded,
    orderSubmitted,
    orderStateChanged,
    orderActivated,
    approvalLevelOpened,
    approvalLevelEscalated,
    approvalRequestApproved,
    approvalRequestRejected,
    approvalMatrixCreated,
    syncRecorded,
  ].map((d) => [`${d.type}@${d.version}`, d as EventDefinition]),
);

/** The payload type of an event definition. */
export type PayloadOf<D> = D extends EventDefinition<infer S> ? z.infer<S> : never;
