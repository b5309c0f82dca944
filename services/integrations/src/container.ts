import DataLoader from 'dataloader';
import { join } from 'node:path';
import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, groupLoader } from '@oms/server';
import { ActivateOrder } from './application/activate-order';
import { DeliverMails } from './application/deliver-mails';
import { DeliverSyncJobs } from './application/deliver-sync-jobs';
import { ReplaySyncJob, RetryMail } from './application/delivery-admin';
import { MailQueries } from './application/mail-queries';
import { QueueMail } from './application/queue-mail';
import { RecordSync } from './application/record-sync';
import { SyncRecordQueries } from './application/sync-record-queries';
import { postJob } from './delivery/http-connector';
import { fileTransport, smtpTransport } from './delivery/mail-transport';
import { PollingLoop } from './delivery/polling-loop';
import { renderWelcomeLetter } from './documents/welcome-letter-pdf';
import { integrationsHandlers } from './events/handlers';
import type { IntegrationsContext, IntegrationsUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { MailRepository } from './persistence/mail.repository';
import { SyncRecordRepository } from './persistence/sync-record.repository';
import type { IntegrationsSettings } from './settings';

/**
 * The composition root of the integrations service: the one place adapters and use cases are wired. The
 * mail and sync senders start with the service and stop with it.
 */
export function wireIntegrations(
  infra: Infrastructure,
  settings: IntegrationsSettings,
): ServiceWiring<IntegrationsContext> {
  const syncRecords = new SyncRecordRepository();
  const mails = new MailRepository();
  const recordSync = new RecordSync(syncRecords);
  const queueMail = new QueueMail(mails, settings.mailFrom);
  const mailQueries = new MailQueries(infra.db, mails);
  const useCases: IntegrationsUseCases = {
    syncRecords: new SyncRecordQueries(infra.db, syncRecords),
    mails: mailQueries,
    replaySyncJob: new ReplaySyncJob(infra.uow, syncRecords),
    retryMail: new RetryMail(infra.uow, mails),
  };
  const transport = settings.smtpUrl
    ? smtpTransport(settings.smtpUrl)
    : fileTransport(join(infra.env.DATA_DIR, 'integrations-mail'));
  const deliverMails = new DeliverMails(infra.db, infra.uow, mails, transport, settings.mailRetry);
  const deliverSyncJobs = new DeliverSyncJobs(
    infra.db,
    infra.uow,
    syncRecords,
    settings.connectors,
    settings.syncRetry,
    (setting, jobId, body) => postJob(setting, jobId, body, settings.syncTimeoutMs),
  );
  const loops = [
    new PollingLoop('mail', settings.pollMs, () => deliverMails.runOnce(), infra.logger),
    new PollingLoop('sync', settings.pollMs, () => deliverSyncJobs.runOnce(), infra.logger),
  ];
  return {
    resolvers: resolvers as ServiceWiring<IntegrationsContext>['resolvers'],
    handlers: integrationsHandlers({
      recordSync,
      queueMail,
      mails,
      activateOrder: new ActivateOrder(recordSync, mails, queueMail, renderWelcomeLetter),
    }),
    onStart: async () => loops.forEach((loop) => loop.start()),
    onStop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
      transport.close();
    },
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
        attemptsOfSyncRecord: groupLoader(
          (ids) => useCases.syncRecords.attemptsOf(ids),
          (a) => a.syncRecordId,
        ),
        syncRecordsOfOrder: groupLoader(
          (ids) => useCases.syncRecords.ofOrders(ids),
          (r) => r.aggregateId,
        ),
        mailMessage: byIdLoader((ids) => mailQueries.byIds(ids)),
        mailsOfOrder: groupLoader(
          (ids) => mailQueries.ofOrders(ids),
          (m) => m.orderId ?? '',
        ),
        welcomeLetter: byIdLoader((ids) => mailQueries.lettersByIds(ids)),
        welcomeLetterOfOrder: new DataLoader(async (orderIds: readonly string[]) => {
          const letters = await mailQueries.lettersOfOrders(orderIds);
          return orderIds.map((orderId) => letters.find((l) => l.orderId === orderId) ?? null);
        }),
        orderBranch: byIdLoader((ids) => mailQueries.orderBranches(ids)),
      },
    }),
  };
}
