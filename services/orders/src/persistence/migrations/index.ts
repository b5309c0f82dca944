import { CreateLeads1763800001000 } from './1763800001000-create-leads';

/** The orders schema, oldest first. */
export const ordersMigrations = [CreateLeads1763800001000];
