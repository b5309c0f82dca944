import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { City, State } from '../domain/geography';
import type { Branch, Zone } from '../domain/organisation';
import type { CreateBranch } from '../application/create-branch';
import type { CreateCity } from '../application/create-city';
import type { CreateState } from '../application/create-state';
import type { CreateZone } from '../application/create-zone';
import type { DeactivateBranch } from '../application/deactivate-branch';
import type { DeactivateCity } from '../application/deactivate-city';
import type { DeactivateState } from '../application/deactivate-state';
import type { DeactivateZone } from '../application/deactivate-zone';
import type { GeographyQueries } from '../application/geography-queries';
import type { OrganisationQueries } from '../application/organisation-queries';
import type { UpdateBranch } from '../application/update-branch';
import type { UpdateCity } from '../application/update-city';
import type { UpdateState } from '../application/update-state';
import type { UpdateZone } from '../application/update-zone';

/** The use cases the masters resolvers call. */
export interface MastersUseCases {
  createState: CreateState;
  updateState: UpdateState;
  deactivateState: DeactivateState;
  createCity: CreateCity;
  updateCity: UpdateCity;
  deactivateCity: DeactivateCity;
  createZone: CreateZone;
  updateZone: UpdateZone;
  deactivateZone: DeactivateZone;
  createBranch: CreateBranch;
  updateBranch: UpdateBranch;
  deactivateBranch: DeactivateBranch;
  geography: GeographyQueries;
  organisation: OrganisationQueries;
}

/** Per-request context of the masters subgraph. */
export interface MastersContext extends RequestContext {
  useCases: MastersUseCases;
  loaders: {
    state: DataLoader<string, State | null>;
    city: DataLoader<string, City | null>;
    citiesOfState: DataLoader<string, City[]>;
    zone: DataLoader<string, Zone | null>;
    branch: DataLoader<string, Branch | null>;
    branchesOfZone: DataLoader<string, Branch[]>;
    branchesOfCity: DataLoader<string, { cityId: string; branch: Branch }[]>;
  };
}
