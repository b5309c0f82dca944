import { CreateNumberSequence1763700000500 } from '@oms/persistence';
import { CreateLeads1763800001000 } from './1763800001000-create-leads';

/** The orders schema, oldest first: the shared lead-number counters, then the service's own tables. */
export const ordersMigrations = [CreateNumberSequence1763700000500, CreateLeads1763800001000];
