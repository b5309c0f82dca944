import { CreateNumberSequence1763700000500 } from '@oms/persistence';
import { CreateLeads1763800001000 } from './1763800001000-create-leads';
import { CreateKnownMasters1763800002000 } from './1763800002000-create-known-masters';
import { AddLeadBranch1763800003000 } from './1763800003000-add-lead-branch';
import { CreateKnownTeams1763800004000 } from './1763800004000-create-known-teams';
import { CreateOrders1763800005000 } from './1763800005000-create-orders';
import { LeadSalesDetails1763800006000 } from './1763800006000-lead-sales-details';

/** The orders schema, oldest first: the shared lead-number counters, then the service's own tables. */
export const ordersMigrations = [
  CreateNumberSequence1763700000500,
  CreateLeads1763800001000,
  CreateKnownMasters1763800002000,
  AddLeadBranch1763800003000,
  CreateKnownTeams1763800004000,
  CreateOrders1763800005000,
  LeadSalesDetails1763800006000,
];
