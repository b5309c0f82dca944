import { menuDeactivated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Menu } from '../domain/identity';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import { publishAccessChanges } from './access-publication';
import { menuState } from './identity-events';
import type { IdentityRepos } from './identity-references';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a menu once no active menu sits under it and publishes `menu.deactivated`: it leaves every navigation and gives no permission
 * any more, so the access of every active user who had rights on it (through a group or an override) is
 * recomputed and published.
 */
export class DeactivateMenu {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Menu>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repos.access.menusByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('menu'));
      const refusal = deactivationRefusal(
        found,
        `menu ${found.code}`,
        await this.repos.access.countActiveChildren(tx.em, found.id),
        ['menu', 'menus'],
      );
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const menu = deactivated(found, deactivatedAt);
      await this.repos.access.saveMenu(tx.em, menu);
      await tx.events.publish(menuDeactivated, menu.id, {
        ...menuState(menu),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      const groupIds = await this.repos.access.groupIdsWithRightsOn(tx.em, menu.id);
      await publishAccessChanges(tx, this.repos, [
        ...(await this.repos.users.activeMemberIdsOfGroups(tx.em, groupIds)),
        ...(await this.repos.users.activeUserIdsWithOverrideOn(tx.em, menu.id)),
      ]);
      return ok(menu);
    });
  }
}
