import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import { NumberSequenceEntity } from '@oms/persistence';
import type { ServiceModule } from '@oms/server';
import { wireFeasibility } from './container';
import type { FeasibilityContext } from './graphql/context';
import {
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from './persistence/feasibility-request.entities';
import { feasibilityMigrations } from './persistence/migrations';
import { feasibilityPolicy } from './graphql/policy';

/** The schema file shipped beside `src/` and `dist/`. */
export const feasibilitySchemaPath = join(__dirname, '..', 'schema.graphql');

/** The feasibility subgraph: feasibility requests and (later) BSO answers and technical verdicts. */
export const feasibilityService: ServiceModule<FeasibilityContext> = {
  name: 'feasibility',
  typeDefs: gql(readFileSync(feasibilitySchemaPath, 'utf8')),
  entities: [FeasibilityRequestEntity, FeasibilityRequestStatusChangeEntity, NumberSequenceEntity],
  migrations: feasibilityMigrations,
  consumes: [],
  policy: feasibilityPolicy,
  wire: wireFeasibility,
};
