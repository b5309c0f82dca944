import { CreateSyncRecord1763700005000 } from './1763700005000-create-sync-record';
import { AddSyncRecordBranch1763700006000 } from './1763700006000-add-sync-record-branch';

/** The integrations schema, oldest first. */
export const integrationsMigrations = [CreateSyncRecord1763700005000, AddSyncRecordBranch1763700006000];
