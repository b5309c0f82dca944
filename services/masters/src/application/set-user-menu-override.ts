import { z } from 'zod';
import { userMenuOverridesChanged } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { menuRightsProblem, orderedRights, type User } from '../domain/identity';
import { publishAccessChanges } from './access-publication';
import { menuRightsState } from './identity-events';
import { referenceErrors, type IdentityRepos } from './identity-references';
import { menuRightsField } from './identity-inputs';
import { idField } from './master-inputs';

const input = z.object({ userId: idField('userId'), menuId: idField('menuId'), rights: menuRightsField });

/** The typed error for a `userId` that names no user. */
export const userNotFound = () => userError(ErrorCode.NOT_FOUND, 'no user has this id', ['input', 'userId']);

/**
 * Gives one user their own rights on one menu, replacing whatever their groups give there (an empty list
 * removes the menu from the user) and publishes `user.menu_overrides_changed`. The menu must exist, and be active unless the list is empty; a non-empty list must include VIEW. The
 * user's access is recomputed and published.
 */
export class SetUserMenuOverride {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<User>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { userId, menuId } = parsed.value;
    const rights = orderedRights(parsed.value.rights);
    return this.uow.run(context, async (tx) => {
      const [user] = await this.repos.users.usersByIds(tx.em, [userId]);
      if (!user) return fail(userNotFound());
      const menus = await this.repos.access.menusByIds(tx.em, [menuId]);
      // Rights on an inactive menu may be taken away (no rights), never given.
      const errors = referenceErrors([menuId], menus, 'menuId', 'menu', (m) => m.code, true).filter(
        (e) => rights.length > 0 || e.code === ErrorCode.REFERENCE_NOT_FOUND,
      );
      const problem = menuRightsProblem(rights);
      if (problem) errors.push(userError(ErrorCode.VALIDATION, problem, ['input', 'rights']));
      if (errors.length > 0) return fail(...errors);
      await this.repos.users.setOverride(tx.em, user.id, menuId, rights);
      await tx.events.publish(userMenuOverridesChanged, user.id, {
        userId: user.id,
        menuOverrides: await menuRightsState(
          tx.em,
          this.repos.access,
          await this.repos.users.overridesOf(tx.em, [user.id]),
        ),
        updatedAt: new Date().toISOString(),
      });
      const [snapshot] = await publishAccessChanges(tx, this.repos, [user.id]);
      return ok({ ...user, accessVersion: snapshot.version });
    });
  }
}
