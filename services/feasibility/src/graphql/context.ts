import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { FeasibilityRequest, FeasibilityRequestStatusChange } from '../domain/feasibility-request';
import type { BsoAnswer } from '../domain/bso-answer';
import type { CreateFeasibilityRequest } from '../application/create-feasibility-request';
import type { FeasibilityRequestQueries } from '../application/feasibility-request-queries';
import type { SendForFeasibility } from '../application/send-for-feasibility';
import type { WithdrawFeasibilityRequest } from '../application/withdraw-feasibility-request';
import type { RemindLateBsos } from '../application/remind-late-bsos';
import type { RecordTechnicalFeasibility } from '../application/record-technical-feasibility';
import type { RespondToFeasibilityRequest } from '../application/respond-to-feasibility-request';

/** A lead as feasibility knows it: only its id (orders owns the lead). */
export interface LeadReference {
  id: string;
}

/** The use cases the feasibility resolvers call. */
export interface FeasibilityUseCases {
  createFeasibilityRequest: CreateFeasibilityRequest;
  sendForFeasibility: SendForFeasibility;
  respondToFeasibilityRequest: RespondToFeasibilityRequest;
  recordTechnicalFeasibility: RecordTechnicalFeasibility;
  withdrawFeasibilityRequest: WithdrawFeasibilityRequest;
  remindLateBsos: RemindLateBsos;
  feasibilityRequests: FeasibilityRequestQueries;
}

/** Per-request context of the feasibility subgraph. */
export interface FeasibilityContext extends RequestContext {
  useCases: FeasibilityUseCases;
  loaders: {
    feasibilityRequest: DataLoader<string, FeasibilityRequest | null>;
    feasibilityRequestHistory: DataLoader<string, FeasibilityRequestStatusChange[]>;
    feasibilityAnswer: DataLoader<string, BsoAnswer | null>;
    /** The requests of a lead the caller reaches, by lead id. */
    feasibilityRequestsOfLead: DataLoader<string, FeasibilityRequest[]>;
    /** Users' display names by id, from the access copy. */
    userName: DataLoader<string, string | null>;
  };
}
