import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, groupLoader } from '@oms/server';
import { RecordSync } from './application/record-sync';
import { SyncRecordQueries } from './application/sync-record-queries';
import { integrationsHandlers } from './events/handlers';
import type { IntegrationsContext, IntegrationsUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { SyncRecordRepository } from './persistence/sync-record.repository';

/** The composition root of the integrations service: the one place adapters and use cases are wired. */
export function wireIntegrations(infra: Infrastructure): ServiceWiring<IntegrationsContext> {
  const syncRecords = new SyncRecordRepository();
  const useCases: IntegrationsUseCases = {
    syncRecords: new SyncRecordQueries(infra.db, syncRecords),
  };
  return {
    resolvers: resolvers as ServiceWiring<IntegrationsContext>['resolvers'],
    handlers: integrationsHandlers(new RecordSync(syncRecords)),
    context: (base: RequestContext): IntegrationsContext => ({
      ...base,
      useCases,
      loaders: {
        syncRecord: byIdLoader((ids) => useCases.syncRecords.byIds(ids)),
        syncRecordsOfLead: groupLoader(
          (ids) => useCases.syncRecords.ofLeads(ids),
          (r) => r.aggregateId,
        ),
        leadBranch: byIdLoader((ids) => useCases.syncRecords.leadBranches(ids)),
      },
    }),
  };
}
