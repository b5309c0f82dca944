import { z } from 'zod';
import { userUpdated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import { furtherBranches, type User } from '../domain/identity';
import { distinctIds } from '../domain/organisation';
import { publishAccessChanges } from './access-publication';
import type { IdentityRepos } from './identity-references';
import { userState } from './identity-events';
import { idsField, namedRightCodesField, phoneField, phoneOf } from './identity-inputs';
import { idField, nameField, notFound } from './master-inputs';
import { checkUserDraft } from './user-draft';

// GraphQL sends null for an omitted optional field; both mean "leave as it is".
const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  phone: phoneField,
  homeBranchId: idField('homeBranchId').nullish(),
  branchIds: idsField('branch id').nullish(),
  groupIds: idsField('group id').min(1, 'a user belongs to at least one group').nullish(),
  rightCodes: namedRightCodesField.nullish(),
  installationCityIds: idsField('city id').nullish(),
});

/**
 * Edits a user's name, phone, home branch, further branches, groups, named rights and installation cities
 * (omitted fields stay; lists replace; an empty phone clears it; email, kind and BSO never change), publishes
 * `user.updated` and the user's new access snapshot.
 */
export class UpdateUser {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<User>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repos.users.usersByIds(tx.em, [value.id]);
      if (!found) return fail(notFound('user'));
      const homeBranchId = value.homeBranchId ?? found.homeBranchId;
      const draft = {
        kind: found.kind,
        bsoId: found.bsoId,
        homeBranchId,
        branchIds: value.branchIds ?? found.branchIds,
        groupIds: value.groupIds ?? found.groupIds,
        installationCityIds: value.installationCityIds ?? found.installationCityIds,
        rightCodes: value.rightCodes ?? null,
      };
      const checked = await checkUserDraft(tx.em, this.repos, draft, {
        homeBranchId: !!value.homeBranchId,
        branchIds: !!value.branchIds,
        groupIds: !!value.groupIds,
        installationCityIds: !!value.installationCityIds,
      });
      if (checked.errors.length > 0) return fail(...checked.errors);
      const updatedAt = new Date();
      const user: User = {
        ...found,
        name: value.name ?? found.name,
        phone: value.phone === undefined || value.phone === null ? found.phone : phoneOf(value.phone),
        homeBranchId,
        branchIds: furtherBranches(homeBranchId, distinctIds(draft.branchIds)),
        groupIds: distinctIds(draft.groupIds),
        namedRightIds: checked.namedRightIds ?? found.namedRightIds,
        installationCityIds: distinctIds(draft.installationCityIds),
        updatedAt,
      };
      await this.repos.users.saveUser(tx.em, user);
      await tx.events.publish(userUpdated, user.id, {
        ...userState(user),
        updatedAt: updatedAt.toISOString(),
      });
      const [snapshot] = await publishAccessChanges(tx, this.repos, [user.id]);
      return ok({ ...user, accessVersion: snapshot.version });
    });
  }
}
