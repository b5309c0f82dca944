import { z } from 'zod';
import { teamUpdated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Team } from '../domain/identity';
import { distinctIds } from '../domain/organisation';
import type { TeamRepository } from '../persistence/teams.repository';
import { branchErrors, cityErrors, type IdentityRepos } from './identity-references';
import { teamState } from './identity-events';
import { idsField, teamKindField } from './identity-inputs';
import { idField, nameField, notFound } from './master-inputs';
import { mailAddressField, mailAddressOf } from './team-inputs';

const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  kind: teamKindField.nullish(),
  branchId: idField('branchId').nullish(),
  cityIds: idsField('city id').nullish(),
  mailAddress: mailAddressField,
});

/**
 * Edits a team's name, kind, branch, cities (replaces the list; empty: all of the branch's) and mail address
 * (an empty text removes it); omitted fields stay, the code never changes. Publishes `team.updated` with the
 * whole current team. Members change with `setTeamMembers`.
 */
export class UpdateTeam {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
    private readonly teams: TeamRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Team>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.teams.teamsByIds(tx.em, [value.id]);
      if (!found) return fail(notFound('team'));
      const errors = [
        ...(value.branchId ? await branchErrors(tx.em, this.repos, 'branchId', [value.branchId], true) : []),
        ...(value.cityIds ? await cityErrors(tx.em, this.repos, 'cityIds', value.cityIds) : []),
      ];
      if (errors.length > 0) return fail(...errors);
      const updatedAt = new Date();
      const team: Team = {
        ...found,
        name: value.name ?? found.name,
        kind: value.kind ?? found.kind,
        branchId: value.branchId ?? found.branchId,
        cityIds: value.cityIds ? distinctIds(value.cityIds) : found.cityIds,
        mailAddress:
          value.mailAddress === undefined || value.mailAddress === null
            ? found.mailAddress
            : mailAddressOf(value.mailAddress),
        updatedAt,
      };
      await this.teams.saveTeam(tx.em, team);
      const members = await this.repos.users.usersByIds(tx.em, team.memberIds);
      await tx.events.publish(teamUpdated, team.id, {
        ...teamState(team, members),
        updatedAt: updatedAt.toISOString(),
      });
      return ok(team);
    });
  }
}
