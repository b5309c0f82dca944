import { CreateGeography1763700001000 } from './1763700001000-create-geography';
import { DeactivatableGeography1763700002000 } from './1763700002000-deactivatable-geography';
import { CreateZonesBranches1763700003000 } from './1763700003000-create-zones-branches';
import { CreateCatalogue1763700004000 } from './1763700004000-create-catalogue';
import { CreateReferenceLists1763700010000 } from './1763700010000-create-reference-lists';
import { CreateDocumentTypes1763700011000 } from './1763700011000-create-document-types';
import { CreateBso1763700020000 } from './1763700020000-create-bso';
import { CreateIdentity1763700030000 } from './1763700030000-create-identity';

import { CreateAuth1763700040000 } from './1763700040000-create-auth';
import { CreateAudit1763700041000 } from './1763700041000-create-audit';

/** The masters schema, oldest first. */
export const mastersMigrations = [
  CreateGeography1763700001000,
  DeactivatableGeography1763700002000,
  CreateZonesBranches1763700003000,
  CreateCatalogue1763700004000,
  CreateReferenceLists1763700010000,
  CreateDocumentTypes1763700011000,
  CreateBso1763700020000,
  CreateIdentity1763700030000,
  CreateAuth1763700040000,
  CreateAudit1763700041000,
];
