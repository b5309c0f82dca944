import { z } from 'zod';
import { menuUpdated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { makesMenuCycle, type Menu } from '../domain/identity';
import type { AccessRepository } from '../persistence/access.repository';
import { menuState } from './identity-events';
import { referenceErrors } from './identity-references';
import { routeField, sortOrderField } from './identity-inputs';
import { idField, nameField, notFound } from './master-inputs';

const input = z
  .object({
    id: idField('id'),
    name: nameField.nullish(),
    parentId: idField('parentId').nullish(),
    topLevel: z.boolean().nullish(),
    route: routeField,
    sortOrder: sortOrderField.nullish(),
  })
  .refine((v) => !(v.topLevel && v.parentId), {
    message: 'give either parentId or topLevel, not both',
    path: ['topLevel'],
  });

/**
 * Edits a menu's name, place in the tree (under another active menu, never under itself or one of its own
 * menus; `topLevel` moves it to the top), route (an empty text removes it) and sort order. Omitted fields stay;
 * the code never changes. Publishes `menu.updated`. Permissions are by code, so nobody's access changes.
 */
export class UpdateMenu {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Menu>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.access.menusByIds(tx.em, [value.id]);
      if (!found) return fail(notFound('menu'));
      let parentId = value.topLevel ? null : found.parentId;
      if (value.parentId) {
        const parents = await this.access.menusByIds(tx.em, [value.parentId]);
        const errors = referenceErrors([value.parentId], parents, 'parentId', 'menu', (m) => m.code, true);
        if (errors.length > 0) return fail(...errors);
        const tree = new Map((await this.access.allMenus(tx.em)).map((m) => [m.id, m.parentId]));
        if (makesMenuCycle(found.id, value.parentId, tree))
          return fail(
            userError(
              ErrorCode.VALIDATION,
              `menu ${found.code} cannot sit under itself or one of its own menus`,
              ['input', 'parentId'],
            ),
          );
        parentId = value.parentId;
      }
      const menu: Menu = {
        ...found,
        name: value.name ?? found.name,
        parentId,
        route: value.route === undefined || value.route === null ? found.route : value.route || null,
        sortOrder: value.sortOrder ?? found.sortOrder,
        updatedAt: new Date(),
      };
      await this.access.saveMenu(tx.em, menu);
      await tx.events.publish(menuUpdated, menu.id, {
        ...menuState(menu),
        updatedAt: (menu.updatedAt as Date).toISOString(),
      });
      return ok(menu);
    });
  }
}
