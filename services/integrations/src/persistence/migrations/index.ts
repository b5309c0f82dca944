import { CreateSyncRecord1763700005000 } from './1763700005000-create-sync-record';
import { AddSyncRecordBranch1763700006000 } from './1763700006000-add-sync-record-branch';
import { AddSyncDelivery1763700007000 } from './1763700007000-add-sync-delivery';
import { CreateMail1763700008000 } from './1763700008000-create-mail';

/** The integrations schema, oldest first. */
export const integrationsMigrations = [
  CreateSyncRecord1763700005000,
  AddSyncRecordBranch1763700006000,
  AddSyncDelivery1763700007000,
  CreateMail1763700008000,
];
