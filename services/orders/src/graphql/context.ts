import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { Lead } from '../domain/lead';
import type { CreateLead } from '../application/create-lead';
import type { LeadQueries } from '../application/lead-queries';

/** The use cases the orders resolvers call. */
export interface OrdersUseCases {
  createLead: CreateLead;
  leads: LeadQueries;
}

/** Per-request context of the orders subgraph. */
export interface OrdersContext extends RequestContext {
  useCases: OrdersUseCases;
  loaders: {
    lead: DataLoader<string, Lead | null>;
  };
}
