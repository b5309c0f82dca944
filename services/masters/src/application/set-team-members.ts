import { z } from 'zod';
import { teamUpdated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import type { Team } from '../domain/identity';
import { distinctIds } from '../domain/organisation';
import type { TeamRepository } from '../persistence/teams.repository';
import { checkMembers, type IdentityRepos } from './identity-references';
import { teamState } from './identity-events';
import { idsField } from './identity-inputs';
import { idField } from './master-inputs';

const input = z.object({ teamId: idField('teamId'), memberIds: idsField('member id') });

/**
 * Replaces a team's members (active staff users; an empty list leaves the team without members; repeats are
 * ignored) and publishes `team.updated` with the whole team and the members' e-mail addresses.
 */
export class SetTeamMembers {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
    private readonly teams: TeamRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Team>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.teams.teamsByIds(tx.em, [parsed.value.teamId]);
      if (!found) return fail(userError(ErrorCode.NOT_FOUND, 'no team has this id', ['input', 'teamId']));
      const members = await checkMembers(tx.em, this.repos, 'memberIds', parsed.value.memberIds);
      if (members.errors.length > 0) return fail(...members.errors);
      const updatedAt = new Date();
      const team: Team = { ...found, memberIds: distinctIds(parsed.value.memberIds), updatedAt };
      await this.teams.saveTeam(tx.em, team);
      await tx.events.publish(teamUpdated, team.id, {
        ...teamState(team, members.users),
        updatedAt: updatedAt.toISOString(),
      });
      return ok(team);
    });
  }
}
