import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { groupCreated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode } from '../domain/geography';
import { groupScopeProblem, type AccessGroup } from '../domain/identity';
import { groupState } from './identity-events';
import { checkNamedRights, type IdentityRepos } from './identity-references';
import { dataScopeField, namedRightCodesField, userKindField } from './identity-inputs';
import { codeField, nameField } from './master-inputs';

const input = z.object({
  code: codeField(30),
  name: nameField,
  dataScope: dataScopeField,
  kind: userKindField,
  namedRightCodes: namedRightCodesField.nullish(),
});

/**
 * Creates a group (role) with a unique, immutable code, its data scope, the kind of users it is for and the
 * named rights it gives, and publishes `group.created`. Menu rights are set with `setGroupMenuRights`. A new
 * group has no members, so no user's access changes.
 */
export class CreateGroup {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: Pick<IdentityRepos, 'access'>,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<AccessGroup>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { name, dataScope, kind } = parsed.value;
    const code = normalizeCode(parsed.value.code);
    return this.uow.run(context, async (tx) => {
      const rights = await checkNamedRights(
        tx.em,
        this.repos,
        'namedRightCodes',
        parsed.value.namedRightCodes ?? [],
      );
      const errors = rights.errors;
      const scopeProblem = groupScopeProblem(kind, dataScope);
      if (scopeProblem) errors.unshift(userError(ErrorCode.VALIDATION, scopeProblem, ['input', 'dataScope']));
      if (await this.repos.access.groupByCode(tx.em, code))
        errors.unshift(
          userError(ErrorCode.DUPLICATE, `a group with code ${code} already exists`, ['input', 'code']),
        );
      if (errors.length > 0) return fail(...errors);
      const group: AccessGroup = {
        id: randomUUID(),
        code,
        name,
        dataScope,
        kind,
        namedRightIds: [...new Set(rights.rights.map((r) => r.id))],
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repos.access.insertGroup(tx.em, group);
      await tx.events.publish(groupCreated, group.id, {
        ...(await groupState(tx.em, this.repos.access, group)),
        createdAt: group.createdAt.toISOString(),
      });
      return ok(group);
    });
  }
}
