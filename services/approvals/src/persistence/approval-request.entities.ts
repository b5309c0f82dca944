import { EntitySchema } from 'typeorm';
import type { ApprovalDecision, ApprovalRequest } from '../domain/approval-request';
import type { ApprovalRule, Delegation } from '../domain/doa';

const id = { type: 'varchar', length: 36 } as const;
const instant = { type: 'datetime', precision: 3 } as const;
const money = { type: 'varchar', length: 20 } as const;

export const ApprovalRuleEntity = new EntitySchema<ApprovalRule>({
  name: 'ApprovalRule',
  tableName: 'approval_rule',
  columns: {
    id: { ...id, primary: true },
    matrixId: { ...id, name: 'matrix_id' },
    priority: { type: 'int' },
    orderType: { name: 'order_type', type: 'varchar', length: 20 },
    productCategoryId: { ...id, name: 'product_category_id', nullable: true },
    productId: { ...id, name: 'product_id', nullable: true },
    branchId: { ...id, name: 'branch_id', nullable: true },
    zoneId: { ...id, name: 'zone_id', nullable: true },
    arcMin: { ...money, name: 'arc_min', nullable: true },
    arcMax: { ...money, name: 'arc_max', nullable: true },
    discountMin: { ...money, name: 'discount_min', nullable: true },
    discountMax: { ...money, name: 'discount_max', nullable: true },
    levels: { type: 'simple-json' },
  },
});

export const ApprovalRequestEntity = new EntitySchema<ApprovalRequest>({
  name: 'ApprovalRequest',
  tableName: 'approval_request',
  columns: {
    id: { ...id, primary: true },
    orderId: { ...id, name: 'order_id' },
    orderNo: { name: 'order_no', type: 'varchar', length: 20 },
    round: { type: 'int' },
    orderType: { name: 'order_type', type: 'varchar', length: 20 },
    productCategoryId: { ...id, name: 'product_category_id' },
    productId: { ...id, name: 'product_id' },
    customerName: { name: 'customer_name', type: 'varchar', length: 200 },
    branchId: { ...id, name: 'branch_id' },
    zoneId: { ...id, name: 'zone_id' },
    cityId: { ...id, name: 'city_id' },
    amount: money,
    discountPercent: { name: 'discount_percent', type: 'varchar', length: 8 },
    currency: { type: 'varchar', length: 3 },
    matrixId: { ...id, name: 'matrix_id' },
    matrixVersion: { name: 'matrix_version', type: 'int' },
    ruleId: { ...id, name: 'rule_id' },
    levels: { type: 'simple-json' },
    status: { type: 'varchar', length: 12 },
    currentLevel: { name: 'current_level', type: 'int' },
    levelOpenedAt: { ...instant, name: 'level_opened_at' },
    levelDueAt: { ...instant, name: 'level_due_at' },
    escalatedAt: { ...instant, name: 'escalated_at', nullable: true },
    submittedBy: { name: 'submitted_by', type: 'varchar', length: 100 },
    createdAt: { ...instant, name: 'created_at' },
    decidedAt: { ...instant, name: 'decided_at', nullable: true },
  },
});

export const ApprovalDecisionEntity = new EntitySchema<ApprovalDecision>({
  name: 'ApprovalDecision',
  tableName: 'approval_decision',
  columns: {
    id: { ...id, primary: true },
    requestId: { ...id, name: 'request_id' },
    level: { type: 'int' },
    role: { type: 'varchar', length: 50 },
    decision: { type: 'varchar', length: 10 },
    comment: { type: 'varchar', length: 1000, nullable: true },
    reasonCode: { name: 'reason_code', type: 'varchar', length: 50, nullable: true },
    decidedBy: { name: 'decided_by', type: 'varchar', length: 100 },
    onBehalfOf: { name: 'on_behalf_of', type: 'varchar', length: 100 },
    decidedAt: { ...instant, name: 'decided_at' },
  },
});

export const DelegationEntity = new EntitySchema<Delegation>({
  name: 'Delegation',
  tableName: 'approval_delegation',
  columns: {
    id: { ...id, primary: true },
    approverId: { name: 'approver_id', type: 'varchar', length: 100 },
    delegateId: { name: 'delegate_id', type: 'varchar', length: 100 },
    roles: { type: 'simple-json' },
    from: { ...instant, name: 'valid_from' },
    to: { ...instant, name: 'valid_to' },
    createdAt: { ...instant, name: 'created_at' },
  },
});

export const approvalRequestEntities = [
  ApprovalRuleEntity,
  ApprovalRequestEntity,
  ApprovalDecisionEntity,
  DelegationEntity,
];
