import { EntitySchema } from 'typeorm';
import type { Customer, InstalledService } from '../domain/customer';
import type { KnownDocumentType, OrderDocument } from '../domain/document';
import type { FileSlot } from '../domain/file-slot';
import type { Order, OrderStateChange } from '../domain/order';
import type { WorkTask } from '../domain/work-task';

/** An order as stored: the domain order plus the idempotency key it was created with. */
export interface OrderRow extends Order {
  clientMutationId: string | null;
  requestHash: string | null;
}

const id = { type: 'varchar', length: 36 } as const;
const instant = { type: 'datetime', precision: 3 } as const;
const money = { type: 'varchar', length: 20 } as const;
const day = { type: 'varchar', length: 10, nullable: true } as const;

export const OrderEntity = new EntitySchema<OrderRow>({
  name: 'Order',
  // `order` is reserved in SQL, hence `sales_order`.
  tableName: 'sales_order',
  columns: {
    id: { ...id, primary: true },
    orderNo: { name: 'order_no', type: 'varchar', length: 20, unique: true },
    orderType: { name: 'order_type', type: 'varchar', length: 20 },
    flowVersion: { name: 'flow_version', type: 'int' },
    state: { type: 'varchar', length: 30 },
    leadId: { ...id, name: 'lead_id' },
    customerId: { ...id, name: 'customer_id', nullable: true },
    customerName: { name: 'customer_name', type: 'varchar', length: 200 },
    contactEmail: { name: 'contact_email', type: 'varchar', length: 254, nullable: true },
    contactPhone: { name: 'contact_phone', type: 'varchar', length: 16, nullable: true },
    installationAddress: { name: 'installation_address', type: 'varchar', length: 500 },
    branchId: { ...id, name: 'branch_id' },
    zoneId: { ...id, name: 'zone_id' },
    cityId: { ...id, name: 'city_id' },
    productId: { ...id, name: 'product_id' },
    productCategoryId: { ...id, name: 'product_category_id' },
    bandwidthId: { ...id, name: 'bandwidth_id', nullable: true },
    arc: money,
    otc: money,
    discountPercent: { name: 'discount_percent', type: 'varchar', length: 8 },
    currency: { type: 'varchar', length: 3 },
    approvalRound: { name: 'approval_round', type: 'int' },
    installationDate: { ...day, name: 'installation_date' },
    activationDate: { ...day, name: 'activation_date' },
    stateEnteredAt: { ...instant, name: 'state_entered_at' },
    tatDueAt: { ...instant, name: 'tat_due_at', nullable: true },
    clientMutationId: { name: 'client_mutation_id', type: 'varchar', length: 100, nullable: true },
    requestHash: { name: 'request_hash', type: 'varchar', length: 64, nullable: true },
    createdAt: { ...instant, name: 'created_at' },
    createdBy: { name: 'created_by', type: 'varchar', length: 100 },
    updatedAt: { ...instant, name: 'updated_at' },
    revision: { type: 'int' },
  },
});

export const OrderStateChangeEntity = new EntitySchema<OrderStateChange>({
  name: 'OrderStateChange',
  tableName: 'order_state_change',
  columns: {
    id: { ...id, primary: true },
    orderId: { ...id, name: 'order_id' },
    position: { type: 'int' },
    transition: { type: 'varchar', length: 40 },
    fromState: { name: 'from_state', type: 'varchar', length: 30, nullable: true },
    toState: { name: 'to_state', type: 'varchar', length: 30 },
    at: { ...instant, name: 'changed_at' },
    actorId: { name: 'actor_id', type: 'varchar', length: 100 },
    comment: { type: 'varchar', length: 1000, nullable: true },
    tatHours: { name: 'tat_hours', type: 'int', nullable: true },
  },
});

export const WorkTaskEntity = new EntitySchema<WorkTask>({
  name: 'WorkTask',
  tableName: 'work_task',
  columns: {
    id: { ...id, primary: true },
    orderId: { ...id, name: 'order_id' },
    orderNo: { name: 'order_no', type: 'varchar', length: 20 },
    queue: { type: 'varchar', length: 20 },
    teamId: { ...id, name: 'team_id', nullable: true },
    branchId: { ...id, name: 'branch_id' },
    cityId: { ...id, name: 'city_id' },
    state: { type: 'varchar', length: 30 },
    transition: { type: 'varchar', length: 40 },
    status: { type: 'varchar', length: 12 },
    claimedBy: { name: 'claimed_by', type: 'varchar', length: 100, nullable: true },
    claimedAt: { ...instant, name: 'claimed_at', nullable: true },
    createdAt: { ...instant, name: 'created_at' },
    dueAt: { ...instant, name: 'due_at', nullable: true },
    completedAt: { ...instant, name: 'completed_at', nullable: true },
    completedBy: { name: 'completed_by', type: 'varchar', length: 100, nullable: true },
  },
});

/** A document as stored, with its bytes (read only when downloaded). */
export interface OrderDocumentRow extends OrderDocument {
  content: Buffer;
}

export const OrderDocumentEntity = new EntitySchema<OrderDocumentRow>({
  name: 'OrderDocument',
  tableName: 'order_document',
  columns: {
    id: { ...id, primary: true },
    orderId: { ...id, name: 'order_id' },
    documentTypeId: { ...id, name: 'document_type_id' },
    documentTypeCode: { name: 'document_type_code', type: 'varchar', length: 50 },
    fileName: { name: 'file_name', type: 'varchar', length: 200 },
    contentType: { name: 'content_type', type: 'varchar', length: 100 },
    sizeBytes: { name: 'size_bytes', type: 'int' },
    sha256: { type: 'varchar', length: 64 },
    content: { type: 'blob', select: false },
    uploadedAt: { ...instant, name: 'uploaded_at' },
    uploadedBy: { name: 'uploaded_by', type: 'varchar', length: 100 },
  },
});

export const KnownDocumentTypeEntity = new EntitySchema<KnownDocumentType>({
  name: 'KnownDocumentType',
  tableName: 'known_document_type',
  columns: {
    id: { ...id, primary: true },
    code: { type: 'varchar', length: 50 },
    name: { type: 'varchar', length: 100 },
    requiredFor: { name: 'required_for', type: 'simple-json' },
    allowedContentTypes: { name: 'allowed_content_types', type: 'simple-json' },
    maxSizeBytes: { name: 'max_size_bytes', type: 'int' },
    active: { type: 'boolean' },
  },
});

export const CustomerEntity = new EntitySchema<Customer>({
  name: 'Customer',
  tableName: 'customer',
  columns: {
    id: { ...id, primary: true },
    customerCode: { name: 'customer_code', type: 'varchar', length: 20, unique: true },
    name: { type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 254, nullable: true },
    phone: { type: 'varchar', length: 16, nullable: true },
    address: { type: 'varchar', length: 500 },
    branchId: { ...id, name: 'branch_id' },
    cityId: { ...id, name: 'city_id' },
    createdAt: { ...instant, name: 'created_at' },
  },
});

export const InstalledServiceEntity = new EntitySchema<InstalledService>({
  name: 'InstalledService',
  tableName: 'installed_service',
  columns: {
    id: { ...id, primary: true },
    serviceNo: { name: 'service_no', type: 'varchar', length: 20, unique: true },
    customerId: { ...id, name: 'customer_id' },
    orderId: { ...id, name: 'order_id', unique: true },
    productId: { ...id, name: 'product_id' },
    bandwidthId: { ...id, name: 'bandwidth_id', nullable: true },
    arc: money,
    otc: money,
    currency: { type: 'varchar', length: 3 },
    installationDate: { type: 'varchar', length: 10, name: 'installation_date' },
    activationDate: { type: 'varchar', length: 10, name: 'activation_date' },
    status: { type: 'varchar', length: 12 },
    branchId: { ...id, name: 'branch_id' },
    cityId: { ...id, name: 'city_id' },
  },
});

/** A technical-feasibility verdict on a lead, as feasibility reported it (`feasibility_request.concluded`). */
export interface LeadFeasibility {
  requestId: string;
  leadId: string;
  bsoId: string;
  verdict: 'FEASIBLE' | 'NOT_FEASIBLE';
  otcCost: string | null;
  mrcCost: string | null;
  decidedAt: Date;
}

export const LeadFeasibilityEntity = new EntitySchema<LeadFeasibility>({
  name: 'LeadFeasibility',
  tableName: 'lead_feasibility',
  columns: {
    requestId: { ...id, name: 'request_id', primary: true },
    leadId: { ...id, name: 'lead_id' },
    bsoId: { ...id, name: 'bso_id' },
    verdict: { type: 'varchar', length: 12 },
    otcCost: { ...money, name: 'otc_cost', nullable: true },
    mrcCost: { ...money, name: 'mrc_cost', nullable: true },
    decidedAt: { ...instant, name: 'decided_at' },
  },
});

export const FileSlotEntity = new EntitySchema<FileSlot>({
  name: 'FileSlot',
  tableName: 'file_slot',
  columns: {
    tokenHash: { name: 'token_hash', type: 'varchar', length: 64, primary: true },
    kind: { type: 'varchar', length: 10 },
    orderId: { ...id, name: 'order_id' },
    documentTypeId: { ...id, name: 'document_type_id', nullable: true },
    fileName: { name: 'file_name', type: 'varchar', length: 200, nullable: true },
    documentId: { ...id, name: 'document_id', nullable: true },
    createdBy: { name: 'created_by', type: 'varchar', length: 100 },
    createdAt: { ...instant, name: 'created_at' },
    expiresAt: { ...instant, name: 'expires_at' },
    usedAt: { ...instant, name: 'used_at', nullable: true },
  },
});

export const orderEntities = [
  FileSlotEntity,
  OrderEntity,
  OrderStateChangeEntity,
  WorkTaskEntity,
  OrderDocumentEntity,
  KnownDocumentTypeEntity,
  CustomerEntity,
  InstalledServiceEntity,
  LeadFeasibilityEntity,
];
