import { EntitySchema, type ValueTransformer } from 'typeorm';
import type { FeasibilityBatch } from '../domain/feasibility-batch';
import type { FeasibilityRequest, FeasibilityRequestStatusChange } from '../domain/feasibility-request';
import { json } from './known-masters.entities';
import type { BsoAnswer } from '../domain/bso-answer';

export const FeasibilityRequestEntity = new EntitySchema<FeasibilityRequest>({
  name: 'FeasibilityRequest',
  tableName: 'feasibility_request',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    requestNo: { name: 'request_no', type: 'varchar', length: 20, unique: true },
    leadId: { name: 'lead_id', type: 'varchar', length: 36 },
    cityId: { name: 'city_id', type: 'varchar', length: 36 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36, nullable: true },
    bsoId: { name: 'bso_id', type: 'varchar', length: 36, nullable: true },
    bandwidthMbps: { name: 'bandwidth_mbps', type: 'int' },
    address: { type: 'varchar', length: 500 },
    status: { type: 'varchar', length: 20 },
    answerDueAt: { name: 'answer_due_at', type: 'datetime', precision: 3, nullable: true },
    clientMutationId: { name: 'client_mutation_id', type: 'varchar', length: 100, nullable: true },
    batchId: { name: 'batch_id', type: 'varchar', length: 36, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    createdBy: { name: 'created_by', type: 'varchar', length: 100 },
    verdict: { type: 'varchar', length: 20, nullable: true },
    verdictRemarks: { name: 'verdict_remarks', type: 'varchar', length: 500, nullable: true },
    decidedAt: { name: 'decided_at', type: 'datetime', precision: 3, nullable: true },
    decidedBy: { name: 'decided_by', type: 'varchar', length: 100, nullable: true },
    remindedAt: { name: 'reminded_at', type: 'datetime', precision: 3, nullable: true },
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

/**
 * DECIMAL(12,2) read back the same on both engines: mysql2 returns "12500.50", sql.js returns 12500.5; both
 * become "12500.50" (12 significant digits are exact in a double).
 */
const decimal2: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => (value === null || value === undefined ? null : Number(value).toFixed(2)),
};

export const BsoAnswerEntity = new EntitySchema<BsoAnswer>({
  name: 'BsoAnswer',
  tableName: 'feasibility_answer',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    requestId: { name: 'request_id', type: 'varchar', length: 36, unique: true },
    bsoId: { name: 'bso_id', type: 'varchar', length: 36 },
    feasible: { type: 'boolean' },
    otcCost: {
      name: 'otc_cost',
      type: 'decimal',
      precision: 12,
      scale: 2,
      nullable: true,
      transformer: decimal2,
    },
    mrcCost: {
      name: 'mrc_cost',
      type: 'decimal',
      precision: 12,
      scale: 2,
      nullable: true,
      transformer: decimal2,
    },
    currency: { type: 'varchar', length: 3 },
    expectedDeliveryDays: { name: 'expected_delivery_days', type: 'int', nullable: true },
    remarks: { type: 'varchar', length: 1000, nullable: true },
    answeredAt: { name: 'answered_at', type: 'datetime', precision: 3 },
    answeredBy: { name: 'answered_by', type: 'varchar', length: 100 },
  },
});

export const FeasibilityBatchEntity = new EntitySchema<FeasibilityBatch>({
  name: 'FeasibilityBatch',
  tableName: 'feasibility_batch',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    leadId: { name: 'lead_id', type: 'varchar', length: 36 },
    cityId: { name: 'city_id', type: 'varchar', length: 36 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36 },
    bandwidthMbps: { name: 'bandwidth_mbps', type: 'int' },
    address: { type: 'varchar', length: 500 },
    bsoIds: { name: 'bso_ids', type: 'text', nullable: true, transformer: json },
    clientMutationId: { name: 'client_mutation_id', type: 'varchar', length: 100, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    createdBy: { name: 'created_by', type: 'varchar', length: 100 },
  },
});
