import { In, IsNull, type EntityManager } from 'typeorm';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import type { Team } from '../domain/identity';
import { whereActive, type ListArgs } from './geography.repository';
import { TeamCityEntity, TeamEntity, TeamMemberEntity, type TeamRow } from './identity.entities';

/** Narrows a list of teams. */
export interface TeamListFilter {
  search?: string | null;
  kind?: string | null;
  branchId?: string | null;
  /** Teams that cover this city. */
  cityId?: string | null;
  /** Teams this user is a member of. */
  memberId?: string | null;
  active?: boolean | null;
}

/** Reads and writes teams, the cities they cover and their members. */
export class TeamRepository {
  async insertTeam(em: EntityManager, team: Team): Promise<void> {
    const { cityIds: _c, memberIds: _m, ...row } = team;
    await em.getRepository(TeamEntity).insert(row);
    await this.insertCities(em, team.id, team.cityIds);
    await this.insertMembers(em, team.id, team.memberIds);
  }

  /** Writes the editable fields of a team and replaces its cities and members (its code never changes). */
  async saveTeam(em: EntityManager, team: Team): Promise<void> {
    const { name, kind, branchId, mailAddress, updatedAt, deactivatedAt } = team;
    await em
      .getRepository(TeamEntity)
      .update({ id: team.id }, { name, kind, branchId, mailAddress, updatedAt, deactivatedAt });
    await em.getRepository(TeamCityEntity).delete({ teamId: team.id });
    await this.insertCities(em, team.id, team.cityIds);
    await em.getRepository(TeamMemberEntity).delete({ teamId: team.id });
    await this.insertMembers(em, team.id, team.memberIds);
  }

  async teamByCode(em: EntityManager, code: string): Promise<Team | null> {
    const row = await em.getRepository(TeamEntity).findOneBy({ code });
    return row ? (await this.withLinks(em, [row]))[0] : null;
  }

  async teamsByIds(em: EntityManager, ids: readonly string[]): Promise<Team[]> {
    if (ids.length === 0) return [];
    return this.withLinks(em, await em.getRepository(TeamEntity).findBy({ id: In([...ids]) }));
  }

  /** The active teams a user is a member of. */
  async activeTeamsOfMember(em: EntityManager, userId: string): Promise<Team[]> {
    const rows = await em
      .getRepository(TeamEntity)
      .createQueryBuilder('t')
      .where('t.id IN (SELECT tm.team_id FROM team_member tm WHERE tm.user_id = :userId)', { userId })
      .andWhere('t.deactivatedAt IS NULL')
      .getMany();
    return this.withLinks(em, rows);
  }

  /** How many active teams work for a branch. */
  countActiveTeamsOfBranch(em: EntityManager, branchId: string): Promise<number> {
    return em.getRepository(TeamEntity).countBy({ branchId, deactivatedAt: IsNull() });
  }

  /** How many active teams list a city among the cities they cover. */
  countActiveTeamsListingCity(em: EntityManager, cityId: string): Promise<number> {
    return em
      .getRepository(TeamEntity)
      .createQueryBuilder('t')
      .where('t.id IN (SELECT tc.team_id FROM team_city tc WHERE tc.city_id = :cityId)', { cityId })
      .andWhere('t.deactivatedAt IS NULL')
      .getCount();
  }

  async listTeams(em: EntityManager, args: ListArgs<TeamListFilter>): Promise<Page<Team>> {
    const qb = em.getRepository(TeamEntity).createQueryBuilder('t');
    const filter = args.filter;
    whereActive(qb, filter?.active);
    if (filter?.search) {
      qb.andWhere("(LOWER(t.code) LIKE :q ESCAPE '!' OR LOWER(t.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(filter.search),
      });
    }
    if (filter?.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter?.branchId) qb.andWhere('t.branchId = :branchId', { branchId: filter.branchId });
    if (filter?.cityId) {
      qb.andWhere('t.id IN (SELECT tc.team_id FROM team_city tc WHERE tc.city_id = :cityId)', {
        cityId: filter.cityId,
      });
    }
    if (filter?.memberId) {
      qb.andWhere('t.id IN (SELECT tm.team_id FROM team_member tm WHERE tm.user_id = :memberId)', {
        memberId: filter.memberId,
      });
    }
    const page = await paginate(qb, args);
    const teams = new Map(
      (
        await this.withLinks(
          em,
          page.edges.map((e) => e.node),
        )
      ).map((t) => [t.id, t]),
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: teams.get(e.node.id) as Team })),
    };
  }

  private async insertCities(em: EntityManager, teamId: string, cityIds: string[]): Promise<void> {
    if (cityIds.length > 0)
      await em.getRepository(TeamCityEntity).insert(cityIds.map((cityId) => ({ teamId, cityId })));
  }

  private async insertMembers(em: EntityManager, teamId: string, userIds: string[]): Promise<void> {
    if (userIds.length > 0)
      await em.getRepository(TeamMemberEntity).insert(userIds.map((userId) => ({ teamId, userId })));
  }

  private async withLinks(em: EntityManager, rows: TeamRow[]): Promise<Team[]> {
    if (rows.length === 0) return [];
    const teamId = In(rows.map((r) => r.id));
    const cities = await em.getRepository(TeamCityEntity).findBy({ teamId });
    const members = await em.getRepository(TeamMemberEntity).findBy({ teamId });
    return rows.map((row) => ({
      ...row,
      cityIds: cities
        .filter((l) => l.teamId === row.id)
        .map((l) => l.cityId)
        .sort(),
      memberIds: members
        .filter((l) => l.teamId === row.id)
        .map((l) => l.userId)
        .sort(),
    }));
  }
}
