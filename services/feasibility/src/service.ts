import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import { NumberSequenceEntity } from '@oms/persistence';
import type { ServiceModule } from '@oms/server';
import { wireFeasibility } from './container';
import type { FeasibilityContext } from './graphql/context';
import {
  BsoAnswerEntity,
  FeasibilityBatchEntity,
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from './persistence/feasibility-request.entities';
import {
  KnownBranchEntity,
  KnownBsoCitySettingEntity,
  KnownBsoEntity,
} from './persistence/known-masters.entities';
import { feasibilityMigrations } from './persistence/migrations';
import { feasibilityPolicy } from './graphql/policy';

/** The schema file shipped beside `src/` and `dist/`. */
export const feasibilitySchemaPath = join(__dirname, '..', 'schema.graphql');

/**
 * The feasibility subgraph: feasibility requests assigned to BSOs and their answers (technical verdicts come
 * next). Consumes masters' topic for its copies of BSOs, BSO city settings and branches, and orders' for
 * cancelled leads, whose waiting requests it withdraws.
 */
export const feasibilityService: ServiceModule<FeasibilityContext> = {
  name: 'feasibility',
  typeDefs: gql(readFileSync(feasibilitySchemaPath, 'utf8')),
  entities: [
    FeasibilityRequestEntity,
    FeasibilityRequestStatusChangeEntity,
    BsoAnswerEntity,
    FeasibilityBatchEntity,
    KnownBsoEntity,
    KnownBsoCitySettingEntity,
    KnownBranchEntity,
    NumberSequenceEntity,
  ],
  migrations: feasibilityMigrations,
  consumes: ['masters', 'orders'],
  policy: feasibilityPolicy,
  wire: wireFeasibility,
};
