import DataLoader from 'dataloader';
import { SYSTEM_ACTOR } from '@oms/contracts';
import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, groupLoader, userNameLoader } from '@oms/server';
import { CreateFeasibilityRequest } from './application/create-feasibility-request';
import { FeasibilityRequestQueries } from './application/feasibility-request-queries';
import { SendForFeasibility } from './application/send-for-feasibility';
import { WithdrawFeasibilityRequest } from './application/withdraw-feasibility-request';
import { RecordTechnicalFeasibility } from './application/record-technical-feasibility';
import { RemindLateBsos } from './application/remind-late-bsos';
import { RespondToFeasibilityRequest } from './application/respond-to-feasibility-request';
import { feasibilityHandlers } from './events/handlers';
import type { FeasibilityContext, FeasibilityUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { FeasibilityRequestRepository } from './persistence/feasibility-request.repository';
import { KnownMastersRepository } from './persistence/known-masters.repository';
import { RequesterDirectory } from './persistence/requester-directory';
import { registerAnswerTatMetrics } from './metrics/answer-tat.metrics';

/** How often the service looks for BSOs late with their answer. */
export const REMINDER_SWEEP_MS = 60_000;

/** The composition root of the feasibility service: the one place adapters and use cases are wired. */
export function wireFeasibility(infra: Infrastructure): ServiceWiring<FeasibilityContext> {
  const requests = new FeasibilityRequestRepository();
  const masters = new KnownMastersRepository();
  const people = new RequesterDirectory();
  const useCases: FeasibilityUseCases = {
    createFeasibilityRequest: new CreateFeasibilityRequest(infra.uow, requests, masters),
    sendForFeasibility: new SendForFeasibility(infra.uow, requests, masters),
    respondToFeasibilityRequest: new RespondToFeasibilityRequest(infra.uow, requests, masters, people),
    recordTechnicalFeasibility: new RecordTechnicalFeasibility(infra.uow, requests, people),
    withdrawFeasibilityRequest: new WithdrawFeasibilityRequest(infra.uow, requests, masters),
    remindLateBsos: new RemindLateBsos(infra.uow, requests, masters, people),
    feasibilityRequests: new FeasibilityRequestQueries(infra.db, requests),
  };
  let sweep: NodeJS.Timeout | null = null;
  const remind = () =>
    useCases.remindLateBsos
      .execute({ correlationId: `reminder-${Date.now()}`, causationId: null, actor: SYSTEM_ACTOR })
      .catch((err: unknown) => infra.logger.warn({ err }, 'late-answer sweep failed; the next one retries'));
  return {
    onStart: async () => {
      sweep = setInterval(() => void remind(), REMINDER_SWEEP_MS);
      sweep.unref();
    },
    onStop: async () => {
      if (sweep) clearInterval(sweep);
    },
    resolvers: resolvers as ServiceWiring<FeasibilityContext>['resolvers'],
    handlers: feasibilityHandlers(masters, useCases.withdrawFeasibilityRequest),
    metrics: (registrar) =>
      registerAnswerTatMetrics(registrar, useCases.feasibilityRequests, useCases.remindLateBsos),
    context: (base: RequestContext): FeasibilityContext => ({
      ...base,
      useCases,
      loaders: {
        feasibilityRequest: byIdLoader((ids) => useCases.feasibilityRequests.byIds(ids)),
        feasibilityRequestHistory: groupLoader(
          (ids) => useCases.feasibilityRequests.historyOf(ids),
          (change) => change.requestId,
        ),
        feasibilityRequestsOfLead: groupLoader(
          (ids) => useCases.feasibilityRequests.ofLeads(base.principal, ids),
          (request) => request.leadId,
        ),
        userName: userNameLoader(infra.db),
        feasibilityAnswer: new DataLoader(async (ids) => {
          const answers = new Map(
            (await useCases.feasibilityRequests.answersOf(ids)).map((a) => [a.requestId, a]),
          );
          return ids.map((id) => answers.get(id) ?? null);
        }),
      },
    }),
  };
}
