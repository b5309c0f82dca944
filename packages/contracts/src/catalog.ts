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
      orderType: z.enum([
        'NEW',
        'UPGRADE',
        'DOWNGRADE',
        'SHIFTING',
        'MIGRATION',
        'PRICE_REVISION',
        'TERMINATION',
        'OTHER_REQUEST',
      ]),
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
    createdAt: at,
  }),
});

/**
 * feasibility: the BSO a feasibility request was assigned to answered it (once): feasible or not and, when
 * feasible, its one-time and monthly costs (decimal strings, `currency`) and the days it needs to deliver.
 */
export const feasibilityRequestAnswered = define({
  type: 'feasibility_request.answered',
  version: 1,
  source: 'feasibility',
  aggregateType: 'FeasibilityRequest',
  payload: z.object({
    requestId: id,
    requestNo: z.string(),
    leadId: id,
    cityId: id,
    branchId: id,
    bsoId: id,
    feasible: z.boolean(),
    otcCost: z.string().regex(/^\d+\.\d{2}$/).nullable(),
    mrcCost: z.string().regex(/^\d+\.\d{2}$/).nullable(),
    currency: z.string().length(3),
    expectedDeliveryDays: z.number().int().min(1).max(365).nullable(),
    remarks: z.string().nullable(),
    answeredAt: at,
    answeredBy: id,
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
    leadCreated,
    feasibilityRequested,
    feasibilityRequestAnswered,
    approvalMatrixCreated,
    syncRecorded,
  ].map((d) => [`${d.type}@${d.version}`, d as EventDefinition]),
);

/** The payload type of an event definition. */
export type PayloadOf<D> = D extends EventDefinition<infer S> ? z.infer<S> : never;
