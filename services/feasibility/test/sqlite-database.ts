import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateAccessCopy1763700000600, accessCopyEntities } from '@oms/auth';
import { createLogger } from '@oms/config';
import type { EventEnvelope } from '@oms/contracts';
import {
  CreateMessagingTables1763700000000,
  EventConsumer,
  InProcessTransport,
  UnitOfWork,
  messagingEntities,
} from '@oms/messaging';
import { Database } from '@oms/persistence';
import type { Caller } from '../src/application/caller';
import { CreateFeasibilityRequest } from '../src/application/create-feasibility-request';
import { RespondToFeasibilityRequest } from '../src/application/respond-to-feasibility-request';
import { WithdrawFeasibilityRequest } from '../src/application/withdraw-feasibility-request';
import type { FeasibilityRequest } from '../src/domain/feasibility-request';
import { feasibilityHandlers } from '../src/events/handlers';
import { FeasibilityRequestRepository } from '../src/persistence/feasibility-request.repository';
import { KnownMastersRepository } from '../src/persistence/known-masters.repository';
import { RequesterDirectory } from '../src/persistence/requester-directory';
import { feasibilityMigrations } from '../src/persistence/migrations';
import { feasibilityService } from '../src/service';
import { aCaller, aFeasibleAnswer, partnerAccess, type FeasibilityRequestInput } from './builders';

/**
 * A migrated feasibility database in a throw-away SQLite file (the embedded mode's engine), with the shared
 * messaging tables and users' access copy every service has.
 */
export interface SqliteTestDatabase {
  db: Database;
  uow: UnitOfWork;
  /** The consumer of masters' and orders' events, as the service runs it (inbox included). */
  consumer: EventConsumer;
  /** Raises a request as `caller` through the use case, at `at` (now by default); a refusal throws. */
  raise(caller: Caller, input: FeasibilityRequestInput, at?: Date): Promise<FeasibilityRequest>;
  /** Answers a request feasible as a partner account of `bsoId`; a refusal throws. */
  answerFeasible(bsoId: string, requestId: string): Promise<FeasibilityRequest>;
  /** Delivers events to the consumer, one after the other, as the topic would (each from its source's topic). */
  deliver(...events: EventEnvelope[]): Promise<void>;
  close(): Promise<void>;
}

/** Opens a fresh SQLite feasibility database with the outbox and the masters consumer, for fast specs. */
export async function openSqliteTestDatabase(): Promise<SqliteTestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'feasibility-spec-'));
  const db = await Database.open({
    service: 'feasibility',
    dataDir,
    entities: [...feasibilityService.entities, ...messagingEntities, ...accessCopyEntities],
    migrations: [CreateMessagingTables1763700000000, CreateAccessCopy1763700000600, ...feasibilityMigrations],
  });
  // The transport only carries dead letters here: events are handed to the consumer directly.
  const transport = new InProcessTransport('feasibility-spec');
  await transport.connect();
  const uow = new UnitOfWork(db, '');
  const masters = new KnownMastersRepository();
  const requests = new FeasibilityRequestRepository();
  const withdraw = new WithdrawFeasibilityRequest(uow, requests, masters);
  const consumer = new EventConsumer(db, transport, {
    name: 'oms-feasibility',
    topics: ['oms.masters.v1', 'oms.orders.v1'],
    handlers: feasibilityHandlers(masters, withdraw),
    topicSuffix: '',
    maxAttempts: 1,
    retryBaseMs: 1,
    logger: createLogger('feasibility-spec', 'silent'),
  });
  const succeeded = <T>(result: { ok: true; value: T } | { ok: false; errors: unknown[] }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };
  return {
    db,
    uow,
    consumer,
    raise: async (caller, input, at) =>
      succeeded(
        await new CreateFeasibilityRequest(uow, requests, masters, () => at ?? new Date()).execute(
          caller,
          input,
        ),
      ),
    answerFeasible: async (bsoId, requestId) =>
      succeeded(
        await new RespondToFeasibilityRequest(uow, requests, masters, new RequesterDirectory()).execute(
          aCaller(partnerAccess(`p-${bsoId}`, bsoId)),
          aFeasibleAnswer(requestId),
        ),
      ),
    deliver: async (...events) => {
      for (const event of events)
        await consumer.handle({
          topic: `oms.${event.source}.v1`,
          key: event.aggregateId,
          value: JSON.stringify(event),
        });
    },
    close: async () => {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
