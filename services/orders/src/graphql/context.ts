import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { Customer } from '../domain/customer';
import type { Lead } from '../domain/lead';
import type { Order } from '../domain/order';
import type { WorkTask } from '../domain/work-task';
import type { CreateLead } from '../application/create-lead';
import type { LeadQueries } from '../application/lead-queries';
import type { OrderDocuments } from '../application/order-documents';
import type { OrderEntry } from '../application/order-entry';
import type { OrderQueries } from '../application/order-queries';
import type { UpdateLead } from '../application/update-lead';
import type { WorkQueue } from '../application/work-queue';

/** The use cases the orders resolvers call. */
export interface OrdersUseCases {
  createLead: CreateLead;
  updateLead: UpdateLead;
  leads: LeadQueries;
  orderEntry: OrderEntry;
  orders: OrderQueries;
  workQueue: WorkQueue;
  documents: OrderDocuments;
}

/** Per-request context of the orders subgraph. */
export interface OrdersContext extends RequestContext {
  useCases: OrdersUseCases;
  loaders: {
    lead: DataLoader<string, Lead | null>;
    order: DataLoader<string, Order | null>;
    task: DataLoader<string, WorkTask | null>;
    customer: DataLoader<string, Customer | null>;
    /** Users' display names by id, from the access copy. */
    userName: DataLoader<string, string | null>;
  };
}
