import { EntitySchema } from 'typeorm';
import type { Lead } from '../domain/lead';

/** A lead as stored: the domain lead plus the idempotency key and request fingerprint it was created with. */
export interface LeadRow extends Lead {
  /** The client's idempotency key, unique per creating actor; null when none was sent. */
  clientMutationId: string | null;
  /** Fingerprint of the normalized input, to refuse a key reused for a different lead. */
  requestHash: string | null;
}

export const LeadEntity = new EntitySchema<LeadRow>({
  name: 'Lead',
  tableName: 'sales_lead',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    leadNo: { name: 'lead_no', type: 'varchar', length: 20, unique: true },
    customerName: { name: 'customer_name', type: 'varchar', length: 200 },
    contactEmail: { name: 'contact_email', type: 'varchar', length: 254, nullable: true },
    contactPhone: { name: 'contact_phone', type: 'varchar', length: 16, nullable: true },
    cityId: { name: 'city_id', type: 'varchar', length: 36 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36, nullable: true },
    productInterest: { name: 'product_interest', type: 'varchar', length: 200, nullable: true },
    customerId: { name: 'customer_id', type: 'varchar', length: 36, nullable: true },
    salesMode: { name: 'sales_mode', type: 'varchar', length: 20 },
    source: { name: 'lead_source', type: 'varchar', length: 20, nullable: true },
    crmOwnerId: { name: 'crm_owner_id', type: 'varchar', length: 100, nullable: true },
    state: { type: 'varchar', length: 20 },
    clientMutationId: { name: 'client_mutation_id', type: 'varchar', length: 100, nullable: true },
    requestHash: { name: 'request_hash', type: 'varchar', length: 64, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    createdBy: { name: 'created_by', type: 'varchar', length: 100 },
    cancelReason: { name: 'cancel_reason', type: 'varchar', length: 500, nullable: true },
    cancelledAt: { name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true },
    cancelledBy: { name: 'cancelled_by', type: 'varchar', length: 100, nullable: true },
  },
});
