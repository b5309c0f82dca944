import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { menuCreated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode } from '../domain/geography';
import type { Menu } from '../domain/identity';
import type { AccessRepository } from '../persistence/access.repository';
import { menuState } from './identity-events';
import { referenceErrors } from './identity-references';
import { routeField, sortOrderField } from './identity-inputs';
import { codeField, idField, nameField } from './master-inputs';

const input = z.object({
  code: codeField(30),
  name: nameField,
  parentId: idField('parentId').nullish(),
  route: routeField,
  sortOrder: sortOrderField.nullish(),
});

/**
 * Adds a menu to the navigation: a unique, immutable code (the `MENU` of `MENU:RIGHT` permissions), under an
 * active parent or at the top level, with a frontend route (none: a heading) and a sort order (0 by default),
 * and publishes `menu.created`.
 * Nobody has rights on a new menu yet, so no user's access changes.
 */
export class CreateMenu {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Menu>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    const parentId = parsed.value.parentId ?? null;
    return this.uow.run(context, async (tx) => {
      const errors =
        parentId === null
          ? []
          : referenceErrors(
              [parentId],
              await this.access.menusByIds(tx.em, [parentId]),
              'parentId',
              'menu',
              (m) => m.code,
              true,
            );
      if (await this.access.menuByCode(tx.em, code))
        errors.unshift(
          userError(ErrorCode.DUPLICATE, `a menu with code ${code} already exists`, ['input', 'code']),
        );
      if (errors.length > 0) return fail(...errors);
      const menu: Menu = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        parentId,
        route: parsed.value.route ? parsed.value.route : null,
        sortOrder: parsed.value.sortOrder ?? 0,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.access.insertMenu(tx.em, menu);
      await tx.events.publish(menuCreated, menu.id, {
        ...menuState(menu),
        createdAt: menu.createdAt.toISOString(),
      });
      return ok(menu);
    });
  }
}
