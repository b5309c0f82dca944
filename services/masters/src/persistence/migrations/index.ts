import { CreateGeography1763700001000 } from './1763700001000-create-geography';
import { DeactivatableGeography1763700002000 } from './1763700002000-deactivatable-geography';
import { CreateZonesBranches1763700003000 } from './1763700003000-create-zones-branches';
import { CreateCatalogue1763700004000 } from './1763700004000-create-catalogue';

/** The masters schema, oldest first. */
export const mastersMigrations = [
  CreateGeography1763700001000,
  DeactivatableGeography1763700002000,
  CreateZonesBranches1763700003000,
  CreateCatalogue1763700004000,
];
