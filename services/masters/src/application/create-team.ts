import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { teamCreated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode } from '../domain/geography';
import type { Team } from '../domain/identity';
import { distinctIds } from '../domain/organisation';
import type { TeamRepository } from '../persistence/teams.repository';
import { branchErrors, checkMembers, cityErrors, type IdentityRepos } from './identity-references';
import { teamState } from './identity-events';
import { idsField, teamKindField } from './identity-inputs';
import { codeField, idField, nameField } from './master-inputs';
import { mailAddressField, mailAddressOf } from './team-inputs';

const input = z.object({
  code: codeField(30),
  name: nameField,
  kind: teamKindField,
  branchId: idField('branchId'),
  cityIds: idsField('city id').nullish(),
  memberIds: idsField('member id').nullish(),
  mailAddress: mailAddressField,
});

/**
 * Creates a team of one kind working for an active branch, optionally for some active cities only, with
 * active staff members and a shared mail address, and publishes `team.created` with everything (members'
 * e-mail addresses too) so other services can keep a local copy.
 */
export class CreateTeam {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
    private readonly teams: TeamRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Team>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    const code = normalizeCode(value.code);
    const cityIds = value.cityIds ?? [];
    const memberIds = value.memberIds ?? [];
    return this.uow.run(context, async (tx) => {
      const members = await checkMembers(tx.em, this.repos, 'memberIds', memberIds);
      const errors = [
        ...(await branchErrors(tx.em, this.repos, 'branchId', [value.branchId], true)),
        ...(await cityErrors(tx.em, this.repos, 'cityIds', cityIds)),
        ...members.errors,
      ];
      if (await this.teams.teamByCode(tx.em, code))
        errors.unshift(
          userError(ErrorCode.DUPLICATE, `a team with code ${code} already exists`, ['input', 'code']),
        );
      if (errors.length > 0) return fail(...errors);
      const team: Team = {
        id: randomUUID(),
        code,
        name: value.name,
        kind: value.kind,
        branchId: value.branchId,
        cityIds: distinctIds(cityIds),
        memberIds: distinctIds(memberIds),
        mailAddress: mailAddressOf(value.mailAddress),
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.teams.insertTeam(tx.em, team);
      await tx.events.publish(teamCreated, team.id, {
        ...teamState(team, members.users),
        createdAt: team.createdAt.toISOString(),
      });
      return ok(team);
    });
  }
}
