import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '@oms/auth';
import { userCreated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { furtherBranches, type User } from '../domain/identity';
import { distinctIds } from '../domain/organisation';
import { publishAccessChanges } from './access-publication';
import type { IdentityRepos } from './identity-references';
import { userState } from './identity-events';
import {
  idsField,
  namedRightCodesField,
  passwordField,
  phoneField,
  phoneOf,
  rawPasswordOf,
  userEmailField,
  userKindField,
  weakPasswordErrors,
} from './identity-inputs';
import { idField, nameField } from './master-inputs';
import { checkUserDraft } from './user-draft';

const input = z.object({
  email: userEmailField,
  name: nameField,
  phone: phoneField,
  kind: userKindField,
  bsoId: idField('bsoId').nullish(),
  homeBranchId: idField('homeBranchId').nullish(),
  branchIds: idsField('branch id').nullish(),
  groupIds: idsField('group id').min(1, 'a user belongs to at least one group'),
  rightCodes: namedRightCodesField.nullish(),
  installationCityIds: idsField('city id').nullish(),
  password: passwordField,
});

/**
 * Creates a user with an initial password (checked against the password policy, stored only as an Argon2id
 * hash), publishes `user.created` (no password data) and the user's first access snapshot.
 */
export class CreateUser {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<User>> {
    const parsed = parseInput(input, raw);
    const weak = weakPasswordErrors(rawPasswordOf(raw), 'password');
    if (!parsed.ok) return fail(...parsed.errors, ...weak);
    if (weak.length > 0) return fail(...weak);
    const value = parsed.value;
    const passwordHash = await hashPassword(value.password);
    const draft = {
      kind: value.kind,
      bsoId: value.bsoId ?? null,
      homeBranchId: value.homeBranchId ?? null,
      branchIds: value.branchIds ?? [],
      groupIds: value.groupIds,
      installationCityIds: value.installationCityIds ?? [],
      rightCodes: value.rightCodes ?? [],
    };
    return this.uow.run(context, async (tx) => {
      const checked = await checkUserDraft(tx.em, this.repos, draft, {
        bsoId: true,
        homeBranchId: true,
        branchIds: true,
        groupIds: true,
        installationCityIds: true,
      });
      const errors = checked.errors;
      if (await this.repos.users.userByEmail(tx.em, value.email)) {
        errors.unshift(
          userError(ErrorCode.DUPLICATE, `a user with the email ${value.email} already exists`, [
            'input',
            'email',
          ]),
        );
      }
      if (errors.length > 0) return fail(...errors);
      const now = new Date();
      const user: User = {
        id: randomUUID(),
        email: value.email,
        name: value.name,
        phone: phoneOf(value.phone),
        kind: value.kind,
        bsoId: draft.bsoId,
        homeBranchId: draft.homeBranchId,
        branchIds: furtherBranches(draft.homeBranchId, distinctIds(draft.branchIds)),
        groupIds: distinctIds(draft.groupIds),
        namedRightIds: checked.namedRightIds ?? [],
        installationCityIds: distinctIds(draft.installationCityIds),
        accessVersion: 0,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repos.users.insertUser(tx.em, user, passwordHash);
      await tx.events.publish(userCreated, user.id, { ...userState(user), createdAt: now.toISOString() });
      const [snapshot] = await publishAccessChanges(tx, this.repos, [user.id]);
      return ok({ ...user, accessVersion: snapshot.version });
    });
  }
}
