import { CreateSyncRecord1763700005000 } from './1763700005000-create-sync-record';

/** The integrations schema, oldest first. */
export const integrationsMigrations = [CreateSyncRecord1763700005000];
