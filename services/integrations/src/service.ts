import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { ServiceModule } from '@oms/server';
import { wireIntegrations } from './container';
import type { IntegrationsContext } from './graphql/context';
import { SyncAttemptEntity, SyncRecordEntity } from './persistence/sync-record.entities';
import { BsoMailSettingEntity, MailMessageEntity, WelcomeLetterEntity } from './persistence/mail.entities';
import { integrationsMigrations } from './persistence/migrations';
import { integrationsPolicy } from './graphql/policy';
import { loadIntegrationsSettings, type IntegrationsSettings } from './settings';

export { loadIntegrationsSettings, type IntegrationsSettings } from './settings';
export { verifySignature, signBody, SIGNATURE_HEADER, IDEMPOTENCY_HEADER } from './delivery/signature';

/** The schema file shipped beside `src/` and `dist/`. */
export const integrationsSchemaPath = join(__dirname, '..', 'schema.graphql');

/**
 * The integrations subgraph with the given settings (its own environment variables when none are given,
 * read when it is wired): syncs BMS, LMS and the Helpdesk from the other services' events, mails the
 * recipients events name, and renders welcome letters.
 */
export function createIntegrationsService(
  settings?: IntegrationsSettings,
): ServiceModule<IntegrationsContext> {
  return {
    name: 'integrations',
    typeDefs: gql(readFileSync(integrationsSchemaPath, 'utf8')),
    entities: [
      SyncRecordEntity,
      SyncAttemptEntity,
      MailMessageEntity,
      BsoMailSettingEntity,
      WelcomeLetterEntity,
    ],
    migrations: integrationsMigrations,
    consumes: ['orders', 'approvals', 'feasibility'],
    policy: integrationsPolicy,
    wire: (infra) => wireIntegrations(infra, settings ?? loadIntegrationsSettings(process.env)),
  };
}

/** The integrations subgraph configured from the environment. */
export const integrationsService: ServiceModule<IntegrationsContext> = createIntegrationsService();
