import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceModule } from '@oms/server';
import { wireIntegrations } from './container';
import type { IntegrationsContext } from './graphql/context';
import { SyncRecordEntity } from './persistence/sync-record.entities';
import { integrationsMigrations } from './persistence/migrations';
import { integrationsPolicy } from './graphql/policy';

/** The schema file shipped beside `src/` and `dist/`. */
export const integrationsSchemaPath = join(__dirname, '..', 'schema.graphql');

/**
 * The integrations subgraph: records what BMS, LMS and the helpdesk must learn from the other services'
 * events (and, later, delivers it, sends mail and renders welcome letters).
 */
export const integrationsService: ServiceModule<IntegrationsContext> = {
  name: 'integrations',
  typeDefs: gql(readFileSync(integrationsSchemaPath, 'utf8')),
  entities: [SyncRecordEntity],
  migrations: integrationsMigrations,
  consumes: ['orders'],
  policy: integrationsPolicy,
  wire: wireIntegrations,
};
