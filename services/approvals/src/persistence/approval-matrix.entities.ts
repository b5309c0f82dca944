import { EntitySchema } from 'typeorm';
import type { ApprovalMatrix } from '../domain/approval-matrix';

export const ApprovalMatrixEntity = new EntitySchema<ApprovalMatrix>({
  name: 'ApprovalMatrix',
  tableName: 'approval_matrix',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 100 },
    nameKey: { name: 'name_key', type: 'varchar', length: 100 },
    version: { type: 'int' },
    status: { type: 'varchar', length: 20 },
    description: { type: 'varchar', length: 500, nullable: true },
    clientMutationId: { name: 'client_mutation_id', type: 'varchar', length: 100, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    createdBy: { name: 'created_by', type: 'varchar', length: 100 },
  },
});
