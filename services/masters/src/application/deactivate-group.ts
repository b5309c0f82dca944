import { groupDeactivated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { AccessGroup } from '../domain/identity';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import { publishAccessChanges } from './access-publication';
import { groupState } from './identity-events';
import type { IdentityRepos } from './identity-references';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a group and publishes `group.deactivated`: it stops giving its members anything (menu rights, named rights, data scope), so every
 * active member's access is recomputed and published. Members stay in it (as history); new members may not
 * join it.
 */
export class DeactivateGroup {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<AccessGroup>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repos.access.groupsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('group'));
      // Members do not hold a group up: they lose what it gave them.
      const refusal = deactivationRefusal(found, `group ${found.code}`, 0, ['record', 'records']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const group = deactivated(found, deactivatedAt);
      await this.repos.access.saveGroup(tx.em, group);
      await tx.events.publish(groupDeactivated, group.id, {
        ...(await groupState(tx.em, this.repos.access, group)),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      await publishAccessChanges(
        tx,
        this.repos,
        await this.repos.users.activeMemberIdsOfGroups(tx.em, [group.id]),
      );
      return ok(group);
    });
  }
}
