import { EntitySchema } from 'typeorm';
import type { FeasibilityRequest, FeasibilityRequestStatusChange } from '../domain/feasibility-request';

export const FeasibilityRequestEntity = new EntitySchema<FeasibilityRequest>({
  name: 'FeasibilityRequest',
  tableName: 'feasibility_request',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    requestNo: { name: 'request_no', type: 'varchar', length: 20, unique: true },
    leadId: { name: 'lead_id', type: 'varchar', length: 36 },
    cityId: { name: 'city_id', type: 'varchar', length: 36 },
    bandwidthMbps: { name: 'bandwidth_mbps', type: 'int' },
    address: { type: 'varchar', length: 500 },
    status: { type: 'varchar', length: 20 },
    clientMutationId: { name: 'client_mutation_id', type: 'varchar', length: 100, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    createdBy: { name: 'created_by', type: 'varchar', length: 100 },
  },
});

export const FeasibilityRequestStatusChangeEntity = new EntitySchema<FeasibilityRequestStatusChange>({
  name: 'FeasibilityRequestStatusChange',
  tableName: 'feasibility_request_history',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    requestId: { name: 'request_id', type: 'varchar', length: 36 },
    fromStatus: { name: 'from_status', type: 'varchar', length: 20, nullable: true },
    toStatus: { name: 'to_status', type: 'varchar', length: 20 },
    changedAt: { name: 'changed_at', type: 'datetime', precision: 3 },
    changedBy: { name: 'changed_by', type: 'varchar', length: 100 },
    comment: { type: 'varchar', length: 1000, nullable: true },
  },
});
