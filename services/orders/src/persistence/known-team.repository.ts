import { In, type EntityManager } from 'typeorm';
import { teamFor, type KnownTeam, type TeamWanted } from '../domain/known-team';
import { KnownTeamEntity, KnownTeamMemberEntity, type KnownTeamRow } from './known-team.entities';

/** Reads and writes orders' local copy of masters teams and their members. */
export class KnownTeamRepository {
  /**
   * Replaces the copy of a team with its whole current state (every `team.*` event carries it): the team
   * row is inserted or overwritten and its members replaced, so applying the same state again changes
   * nothing.
   */
  async save(em: EntityManager, team: KnownTeam): Promise<void> {
    const { members, ...row } = team;
    const teams = em.getRepository(KnownTeamEntity);
    const { id, ...rest } = row;
    if (await teams.existsBy({ id })) await teams.update({ id }, rest);
    else await teams.insert(row);
    const memberRows = em.getRepository(KnownTeamMemberEntity);
    await memberRows.delete({ teamId: id });
    if (members.length > 0)
      await memberRows.insert(
        members.map((member, position) => ({
          teamId: id,
          userId: member.userId,
          email: member.email,
          position,
        })),
      );
  }

  /** A known team with its members, or null. */
  async byId(em: EntityManager, id: string): Promise<KnownTeam | null> {
    const row = await em.getRepository(KnownTeamEntity).findOneBy({ id });
    return row ? (await this.withMembers(em, [row]))[0] : null;
  }

  /**
   * The active team that takes work of `kind` for `branchId` in `cityId`: one of that kind working for the
   * branch that lists the city, else one that lists no cities (it covers the whole branch); the lowest code
   * between equals (`teamFor`). Null when orders knows no such team.
   */
  async activeTeamFor(em: EntityManager, wanted: TeamWanted): Promise<KnownTeam | null> {
    const candidates = await em
      .getRepository(KnownTeamEntity)
      .findBy({ kind: wanted.kind, branchId: wanted.branchId, active: true });
    const team = teamFor(candidates, wanted);
    return team ? (await this.withMembers(em, [team]))[0] : null;
  }

  private async withMembers(em: EntityManager, rows: KnownTeamRow[]): Promise<KnownTeam[]> {
    const members = await em
      .getRepository(KnownTeamMemberEntity)
      .find({ where: { teamId: In(rows.map((r) => r.id)) }, order: { position: 'ASC' } });
    return rows.map((row) => ({
      ...row,
      members: members.filter((m) => m.teamId === row.id).map((m) => ({ userId: m.userId, email: m.email })),
    }));
  }
}
