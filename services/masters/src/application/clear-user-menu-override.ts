import { z } from 'zod';
import { userMenuOverridesChanged } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import type { User } from '../domain/identity';
import { publishAccessChanges } from './access-publication';
import { menuRightsState } from './identity-events';
import type { IdentityRepos } from './identity-references';
import { idField } from './master-inputs';
import { userNotFound } from './set-user-menu-override';

const input = z.object({ userId: idField('userId'), menuId: idField('menuId') });

/**
 * Removes a user's override on a menu, so their groups' rights apply there again, and publishes
 * `user.menu_overrides_changed`; the user's access is recomputed and published. NOT_FOUND (on `menuId`) when the user has no override on that menu.
 */
export class ClearUserMenuOverride {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<User>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { userId, menuId } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [user] = await this.repos.users.usersByIds(tx.em, [userId]);
      if (!user) return fail(userNotFound());
      if (!(await this.repos.users.clearOverride(tx.em, user.id, menuId)))
        return fail(
          userError(ErrorCode.NOT_FOUND, 'the user has no override on this menu', ['input', 'menuId']),
        );
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
