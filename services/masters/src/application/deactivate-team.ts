import { teamDeactivated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Team } from '../domain/identity';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { TeamRepository } from '../persistence/teams.repository';
import type { IdentityRepos } from './identity-references';
import { teamState } from './identity-events';
import { deactivateInput, notFound, refused } from './master-inputs';

/** Deactivates a team (it gets no new work) and publishes `team.deactivated` with the whole team. */
export class DeactivateTeam {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
    private readonly teams: TeamRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Team>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.teams.teamsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('team'));
      const refusal = deactivationRefusal(found, `team ${found.code}`, 0, ['record', 'records']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const team = deactivated(found, deactivatedAt);
      await this.teams.saveTeam(tx.em, team);
      const members = await this.repos.users.usersByIds(tx.em, team.memberIds);
      await tx.events.publish(teamDeactivated, team.id, {
        ...teamState(team, members),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(team);
    });
  }
}
