import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceModule } from '@oms/server';
import { wireApprovals } from './container';
import type { ApprovalsContext } from './graphql/context';
import { ApprovalMatrixEntity } from './persistence/approval-matrix.entities';
import { approvalRequestEntities } from './persistence/approval-request.entities';
import { approvalsMigrations } from './persistence/migrations';
import { approvalsPolicy } from './graphql/policy';

/** The schema file shipped beside `src/` and `dist/`. */
export const approvalsSchemaPath = join(__dirname, '..', 'schema.graphql');

/** The approvals subgraph: the versioned DOA matrix, approval requests, decisions, delegation, escalation. */
export const approvalsService: ServiceModule<ApprovalsContext> = {
  name: 'approvals',
  typeDefs: gql(readFileSync(approvalsSchemaPath, 'utf8')),
  entities: [ApprovalMatrixEntity, ...approvalRequestEntities],
  migrations: approvalsMigrations,
  consumes: ['orders'],
  policy: approvalsPolicy,
  wire: wireApprovals,
};
