import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceModule } from '@oms/server';
import { wireApprovals } from './container';
import type { ApprovalsContext } from './graphql/context';
import { ApprovalMatrixEntity } from './persistence/approval-matrix.entities';
import { approvalsMigrations } from './persistence/migrations';
import { approvalsPolicy } from './graphql/policy';

/** The schema file shipped beside `src/` and `dist/`. */
export const approvalsSchemaPath = join(__dirname, '..', 'schema.graphql');

/** The approvals subgraph: the DOA approval matrix and (later) approval requests and their actions. */
export const approvalsService: ServiceModule<ApprovalsContext> = {
  name: 'approvals',
  typeDefs: gql(readFileSync(approvalsSchemaPath, 'utf8')),
  entities: [ApprovalMatrixEntity],
  migrations: approvalsMigrations,
  consumes: [],
  policy: approvalsPolicy,
  wire: wireApprovals,
};
