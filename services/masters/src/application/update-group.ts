import { z } from 'zod';
import { groupUpdated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result, type UserError } from '@oms/server';
import { groupScopeProblem, type AccessGroup } from '../domain/identity';
import { isActive } from '../domain/master-lifecycle';
import { publishAccessChanges } from './access-publication';
import { groupState } from './identity-events';
import { checkNamedRights, type IdentityRepos } from './identity-references';
import { dataScopeField, namedRightCodesField } from './identity-inputs';
import { idField, nameField, notFound } from './master-inputs';

const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  dataScope: dataScopeField.nullish(),
  namedRightCodes: namedRightCodesField.nullish(),
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Edits a group's name, data scope and/or named rights (omitted fields stay; code and kind never change) and
 * publishes `group.updated`.
 * When the scope or the rights of an active group change, every active member's access is recomputed and
 * published.
 */
export class UpdateGroup {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<AccessGroup>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repos.access.groupsByIds(tx.em, [value.id]);
      if (!found) return fail(notFound('group'));
      const dataScope = value.dataScope ?? found.dataScope;
      const errors: UserError[] = [];
      const scopeProblem = groupScopeProblem(found.kind, dataScope);
      if (scopeProblem) errors.push(userError(ErrorCode.VALIDATION, scopeProblem, ['input', 'dataScope']));
      let namedRightIds = found.namedRightIds;
      if (value.namedRightCodes) {
        const rights = await checkNamedRights(tx.em, this.repos, 'namedRightCodes', value.namedRightCodes);
        errors.push(...rights.errors);
        namedRightIds = [...new Set(rights.rights.map((r) => r.id))];
      }
      if (errors.length > 0) return fail(...errors);
      const group: AccessGroup = {
        ...found,
        name: value.name ?? found.name,
        dataScope,
        namedRightIds,
        updatedAt: new Date(),
      };
      await this.repos.access.saveGroup(tx.em, group);
      await tx.events.publish(groupUpdated, group.id, {
        ...(await groupState(tx.em, this.repos.access, group)),
        updatedAt: (group.updatedAt as Date).toISOString(),
      });
      const accessChanged = dataScope !== found.dataScope || !sameSet(namedRightIds, found.namedRightIds);
      if (accessChanged && isActive(group))
        await publishAccessChanges(
          tx,
          this.repos,
          await this.repos.users.activeMemberIdsOfGroups(tx.em, [group.id]),
        );
      return ok(group);
    });
  }
}
