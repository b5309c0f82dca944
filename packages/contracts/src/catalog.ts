import { z } from 'zod';
import type { ServiceName } from './topics';

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
    leadCreated,
    feasibilityRequested,
    approvalMatrixCreated,
    syncRecorded,
  ].map((d) => [`${d.type}@${d.version}`, d as EventDefinition]),
);

/** The payload type of an event definition. */
export type PayloadOf<D> = D extends EventDefinition<infer S> ? z.infer<S> : never;
