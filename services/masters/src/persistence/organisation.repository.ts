import { In, IsNull, type EntityManager } from 'typeorm';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import type { Branch, Zone } from '../domain/organisation';
import { whereActive, type ListArgs } from './geography.repository';
import { BranchCityEntity, BranchEntity, ZoneEntity, type BranchRow } from './organisation.entities';

/** Narrows a list of zones. */
export interface ZoneListFilter {
  search?: string | null;
  active?: boolean | null;
}

/** Narrows a list of branches. */
export interface BranchListFilter extends ZoneListFilter {
  zoneId?: string | null;
  cityId?: string | null;
}

/** Reads and writes zones, branches and the cities branches serve. */
export class OrganisationRepository {
  async insertZone(em: EntityManager, zone: Zone): Promise<void> {
    await em.getRepository(ZoneEntity).insert(zone);
  }

  /** Writes the name, `updatedAt` and `deactivatedAt` of an existing zone (its code never changes). */
  async saveZone(em: EntityManager, zone: Zone): Promise<void> {
    const { name, updatedAt, deactivatedAt } = zone;
    await em.getRepository(ZoneEntity).update({ id: zone.id }, { name, updatedAt, deactivatedAt });
  }

  zoneByCode(em: EntityManager, code: string): Promise<Zone | null> {
    return em.getRepository(ZoneEntity).findOneBy({ code });
  }

  zonesByIds(em: EntityManager, ids: readonly string[]): Promise<Zone[]> {
    return em.getRepository(ZoneEntity).findBy({ id: In([...ids]) });
  }

  listZones(em: EntityManager, args: ListArgs<ZoneListFilter>): Promise<Page<Zone>> {
    const qb = em.getRepository(ZoneEntity).createQueryBuilder('z');
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(z.code) LIKE :q ESCAPE '!' OR LOWER(z.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }

  /** Inserts a branch and the cities it serves. */
  async insertBranch(em: EntityManager, branch: Branch): Promise<void> {
    const { cityIds, ...row } = branch;
    await em.getRepository(BranchEntity).insert(row);
    await this.insertBranchCities(em, branch.id, cityIds);
  }

  /** Writes the editable fields of a branch and replaces the cities it serves (its code never changes). */
  async saveBranch(em: EntityManager, branch: Branch): Promise<void> {
    const { name, zoneId, updatedAt, deactivatedAt } = branch;
    await em
      .getRepository(BranchEntity)
      .update({ id: branch.id }, { name, zoneId, updatedAt, deactivatedAt });
    await em.getRepository(BranchCityEntity).delete({ branchId: branch.id });
    await this.insertBranchCities(em, branch.id, branch.cityIds);
  }

  /** Writes only whether a branch is active, leaving its cities alone. */
  async saveBranchDeactivation(em: EntityManager, branch: Branch): Promise<void> {
    await em.getRepository(BranchEntity).update({ id: branch.id }, { deactivatedAt: branch.deactivatedAt });
  }

  branchByCode(em: EntityManager, code: string): Promise<BranchRow | null> {
    return em.getRepository(BranchEntity).findOneBy({ code });
  }

  async branchesByIds(em: EntityManager, ids: readonly string[]): Promise<Branch[]> {
    if (ids.length === 0) return [];
    return this.withCities(em, await em.getRepository(BranchEntity).findBy({ id: In([...ids]) }));
  }

  /** How many active branches a zone has. */
  countActiveBranchesOfZone(em: EntityManager, zoneId: string): Promise<number> {
    return em.getRepository(BranchEntity).countBy({ zoneId, deactivatedAt: IsNull() });
  }

  /** How many active branches serve a city. */
  countActiveBranchesOfCity(em: EntityManager, cityId: string): Promise<number> {
    return em
      .getRepository(BranchEntity)
      .createQueryBuilder('b')
      .where('b.id IN (SELECT bc.branch_id FROM branch_city bc WHERE bc.city_id = :cityId)', { cityId })
      .andWhere('b.deactivatedAt IS NULL')
      .getCount();
  }

  /** The active branches of several zones (for `Zone.branches`). */
  async branchesOfZones(em: EntityManager, zoneIds: readonly string[]): Promise<Branch[]> {
    const rows = await em
      .getRepository(BranchEntity)
      .find({ where: { zoneId: In([...zoneIds]) }, order: { name: 'ASC' } });
    return this.withCities(em, rows);
  }

  /** The branches serving several cities (for `City.branches`), each paired with the city it serves. */
  async branchesOfCities(
    em: EntityManager,
    cityIds: readonly string[],
  ): Promise<{ cityId: string; branch: Branch }[]> {
    if (cityIds.length === 0) return [];
    const links = await em.getRepository(BranchCityEntity).findBy({ cityId: In([...cityIds]) });
    const branches = new Map(
      (await this.branchesByIds(em, [...new Set(links.map((l) => l.branchId))])).map((b) => [b.id, b]),
    );
    return links
      .flatMap((l) => {
        const branch = branches.get(l.branchId);
        return branch ? [{ cityId: l.cityId, branch }] : [];
      })
      .sort((a, b) => a.branch.name.localeCompare(b.branch.name));
  }

  async listBranches(em: EntityManager, args: ListArgs<BranchListFilter>): Promise<Page<Branch>> {
    const qb = em.getRepository(BranchEntity).createQueryBuilder('b');
    whereActive(qb, args.filter?.active);
    if (args.filter?.zoneId) qb.andWhere('b.zoneId = :zoneId', { zoneId: args.filter.zoneId });
    if (args.filter?.cityId) {
      qb.andWhere('b.id IN (SELECT bc.branch_id FROM branch_city bc WHERE bc.city_id = :cityId)', {
        cityId: args.filter.cityId,
      });
    }
    if (args.filter?.search) {
      qb.andWhere("(LOWER(b.code) LIKE :q ESCAPE '!' OR LOWER(b.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    const page = await paginate(qb, args);
    const branches = new Map(
      (
        await this.withCities(
          em,
          page.edges.map((e) => e.node),
        )
      ).map((b) => [b.id, b]),
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: branches.get(e.node.id) ?? { ...e.node, cityIds: [] },
      })),
    };
  }

  private async insertBranchCities(em: EntityManager, branchId: string, cityIds: string[]): Promise<void> {
    await em.getRepository(BranchCityEntity).insert(cityIds.map((cityId) => ({ branchId, cityId })));
  }

  private async withCities(em: EntityManager, rows: BranchRow[]): Promise<Branch[]> {
    if (rows.length === 0) return [];
    const links = await em.getRepository(BranchCityEntity).findBy({ branchId: In(rows.map((r) => r.id)) });
    return rows.map((row) => ({
      ...row,
      cityIds: links
        .filter((l) => l.branchId === row.id)
        .map((l) => l.cityId)
        .sort(),
    }));
  }
}
