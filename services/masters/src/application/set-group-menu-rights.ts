import { z } from 'zod';
import { groupMenuRightsSet } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { menuRightsProblem, orderedRights, type AccessGroup } from '../domain/identity';
import { isActive } from '../domain/master-lifecycle';
import { publishAccessChanges } from './access-publication';
import { menuRightsState } from './identity-events';
import { referenceErrors, type IdentityRepos } from './identity-references';
import { menuRightsField } from './identity-inputs';
import { idField } from './master-inputs';

const input = z.object({ groupId: idField('groupId'), menuId: idField('menuId'), rights: menuRightsField });

/**
 * Sets the rights a group gives on one menu (they replace the previous ones; an empty list takes the menu
 * away from the group) and publishes `group.menu_rights_set` with all of the group's menu rights. The menu
 * must exist, and be active unless the list is empty; a non-empty list must include VIEW. Every active member's access is recomputed
 * and published.
 */
export class SetGroupMenuRights {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<AccessGroup>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { groupId, menuId } = parsed.value;
    const rights = orderedRights(parsed.value.rights);
    return this.uow.run(context, async (tx) => {
      const [group] = await this.repos.access.groupsByIds(tx.em, [groupId]);
      if (!group) return fail(userError(ErrorCode.NOT_FOUND, 'no group has this id', ['input', 'groupId']));
      const menus = await this.repos.access.menusByIds(tx.em, [menuId]);
      // Rights on an inactive menu may be taken away (no rights), never given.
      const errors = referenceErrors([menuId], menus, 'menuId', 'menu', (m) => m.code, true).filter(
        (e) => rights.length > 0 || e.code === ErrorCode.REFERENCE_NOT_FOUND,
      );
      const problem = menuRightsProblem(rights);
      if (problem) errors.push(userError(ErrorCode.VALIDATION, problem, ['input', 'rights']));
      if (errors.length > 0) return fail(...errors);
      await this.repos.access.setGroupMenuRights(tx.em, group.id, menuId, rights);
      await tx.events.publish(groupMenuRightsSet, group.id, {
        groupId: group.id,
        menuRights: await menuRightsState(
          tx.em,
          this.repos.access,
          await this.repos.access.menuRightsOfGroups(tx.em, [group.id]),
        ),
        updatedAt: new Date().toISOString(),
      });
      if (isActive(group))
        await publishAccessChanges(
          tx,
          this.repos,
          await this.repos.users.activeMemberIdsOfGroups(tx.em, [group.id]),
        );
      return ok(group);
    });
  }
}
