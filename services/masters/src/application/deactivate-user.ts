import { teamUpdated, userDeactivated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { User } from '../domain/identity';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { TeamRepository } from '../persistence/teams.repository';
import { publishAccessChanges } from './access-publication';
import type { IdentityRepos } from './identity-references';
import { teamState, userState } from './identity-events';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a user: they can no longer sign in (their access snapshot says `active: false` and grants
 * nothing), they leave every team they were in (each team publishes `team.updated`, so no work or mail goes
 * to them), and `user.deactivated` is published.
 */
export class DeactivateUser {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
    private readonly teams: TeamRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<User>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repos.users.usersByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('user'));
      // Nothing stops a user from leaving: their teams simply lose them.
      const refusal = deactivationRefusal(found, `user ${found.email}`, 0, ['record', 'records']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const user = deactivated(found, deactivatedAt);
      await this.repos.users.saveUserDeactivation(tx.em, user);
      for (const team of await this.teams.activeTeamsOfMember(tx.em, user.id)) {
        const left = {
          ...team,
          memberIds: team.memberIds.filter((id) => id !== user.id),
          updatedAt: deactivatedAt,
        };
        await this.teams.saveTeam(tx.em, left);
        const members = await this.repos.users.usersByIds(tx.em, left.memberIds);
        await tx.events.publish(teamUpdated, team.id, {
          ...teamState(left, members),
          updatedAt: deactivatedAt.toISOString(),
        });
      }
      await tx.events.publish(userDeactivated, user.id, {
        ...userState(user),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      const [snapshot] = await publishAccessChanges(tx, this.repos, [user.id]);
      return ok({ ...user, accessVersion: snapshot.version });
    });
  }
}
