import type { Database, Page } from '@oms/persistence';
import type { Branch, Zone } from '../domain/organisation';
import type { ListArgs } from '../persistence/geography.repository';
import type {
  BranchListFilter,
  OrganisationRepository,
  ZoneListFilter,
} from '../persistence/organisation.repository';

/** Read side of zones and branches (no transaction needed). */
export class OrganisationQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: OrganisationRepository,
  ) {}

  zonesByIds(ids: readonly string[]): Promise<Zone[]> {
    return this.db.read((em) => this.repo.zonesByIds(em, ids));
  }

  branchesByIds(ids: readonly string[]): Promise<Branch[]> {
    return this.db.read((em) => this.repo.branchesByIds(em, ids));
  }

  branchesOfZones(zoneIds: readonly string[]): Promise<Branch[]> {
    return this.db.read((em) => this.repo.branchesOfZones(em, zoneIds));
  }

  branchesOfCities(cityIds: readonly string[]): Promise<{ cityId: string; branch: Branch }[]> {
    return this.db.read((em) => this.repo.branchesOfCities(em, cityIds));
  }

  listZones(args: ListArgs<ZoneListFilter>): Promise<Page<Zone>> {
    return this.db.read((em) => this.repo.listZones(em, args));
  }

  listBranches(args: ListArgs<BranchListFilter>): Promise<Page<Branch>> {
    return this.db.read((em) => this.repo.listBranches(em, args));
  }
}
