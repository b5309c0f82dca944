import type { EntityManager } from 'typeorm';
import { ErrorCode, userError, type UserError } from '@oms/server';
import type { AccessGroup, NamedRight, User, UserKind } from '../domain/identity';
import { isActive, MasterErrorCode, type Deactivatable } from '../domain/master-lifecycle';
import type { AccessRepository } from '../persistence/access.repository';
import type { BsoRepository } from '../persistence/bso.repository';
import type { GeographyRepository } from '../persistence/geography.repository';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import type { UserRepository } from '../persistence/users.repository';

/** The repositories reference checks read from. */
export interface IdentityRepos {
  geography: GeographyRepository;
  organisation: OrganisationRepository;
  access: AccessRepository;
  users: UserRepository;
  bsos: BsoRepository;
}

type Record_ = Deactivatable & { id: string };

/**
 * One typed error per id that names no record (REFERENCE_NOT_FOUND) or an inactive one (REFERENCE_INACTIVE),
 * on `["input", field, index]` for a list or `["input", field]` for a single id.
 */
export function referenceErrors<T extends Record_>(
  ids: readonly string[],
  found: readonly T[],
  field: string,
  noun: string,
  label: (record: T) => string,
  single = false,
): UserError[] {
  const byId = new Map(found.map((r) => [r.id, r]));
  const errors: UserError[] = [];
  ids.forEach((id, index) => {
    const record = byId.get(id);
    const path = single ? ['input', field] : ['input', field, String(index)];
    if (!record) errors.push(userError(ErrorCode.REFERENCE_NOT_FOUND, `no ${noun} has the id ${id}`, path));
    else if (!isActive(record))
      errors.push(
        userError(MasterErrorCode.REFERENCE_INACTIVE, `${noun} ${label(record)} is inactive`, path),
      );
  });
  return errors;
}

const byCode = (r: { code: string }) => r.code;

/** Branches (a home branch or a list) must exist and be active. */
export async function branchErrors(
  em: EntityManager,
  repos: Pick<IdentityRepos, 'organisation'>,
  field: string,
  ids: readonly string[],
  single = false,
): Promise<UserError[]> {
  if (ids.length === 0) return [];
  return referenceErrors(
    ids,
    await repos.organisation.branchesByIds(em, ids),
    field,
    'branch',
    byCode,
    single,
  );
}

/** Cities must exist and be active. */
export async function cityErrors(
  em: EntityManager,
  repos: Pick<IdentityRepos, 'geography'>,
  field: string,
  ids: readonly string[],
): Promise<UserError[]> {
  if (ids.length === 0) return [];
  return referenceErrors(ids, await repos.geography.citiesByIds(em, ids), field, 'city', byCode);
}

/** A BSO a partner account belongs to must exist and be active. */
export async function bsoErrors(
  em: EntityManager,
  repos: Pick<IdentityRepos, 'bsos'>,
  bsoId: string,
): Promise<UserError[]> {
  return referenceErrors([bsoId], await repos.bsos.bsosByIds(em, [bsoId]), 'bsoId', 'BSO', byCode, true);
}

/**
 * A user's groups: each must exist, be active and be for the user's kind (a partner account only joins
 * PARTNER groups, staff only STAFF groups). Returns the groups found and the errors.
 */
export async function checkGroups(
  em: EntityManager,
  repos: Pick<IdentityRepos, 'access'>,
  kind: UserKind,
  ids: readonly string[],
): Promise<{ groups: AccessGroup[]; errors: UserError[] }> {
  const groups = await repos.access.groupsByIds(em, ids);
  const errors = referenceErrors(ids, groups, 'groupIds', 'group', byCode);
  const byId = new Map(groups.map((g) => [g.id, g]));
  ids.forEach((id, index) => {
    const group = byId.get(id);
    if (group && isActive(group) && group.kind !== kind)
      errors.push(
        userError(ErrorCode.VALIDATION, `group ${group.code} is for ${group.kind} users, not ${kind}`, [
          'input',
          'groupIds',
          String(index),
        ]),
      );
  });
  return { groups, errors };
}

/** Named rights by code: each must exist and be active. Returns the rights found and the errors. */
export async function checkNamedRights(
  em: EntityManager,
  repos: Pick<IdentityRepos, 'access'>,
  field: string,
  codes: readonly string[],
): Promise<{ rights: NamedRight[]; errors: UserError[] }> {
  const rights = await repos.access.namedRightsByCodes(em, codes);
  const byCodeMap = new Map(rights.map((r) => [r.code, r]));
  const errors: UserError[] = [];
  codes.forEach((code, index) => {
    const right = byCodeMap.get(code);
    const path = ['input', field, String(index)];
    if (!right)
      errors.push(userError(ErrorCode.REFERENCE_NOT_FOUND, `no named right has the code ${code}`, path));
    else if (!isActive(right))
      errors.push(userError(MasterErrorCode.REFERENCE_INACTIVE, `named right ${code} is inactive`, path));
  });
  return { rights, errors };
}

/** Team members: each must exist, be active and be staff. Returns the users found and the errors. */
export async function checkMembers(
  em: EntityManager,
  repos: Pick<IdentityRepos, 'users'>,
  field: string,
  ids: readonly string[],
): Promise<{ users: User[]; errors: UserError[] }> {
  const users = await repos.users.usersByIds(em, ids);
  const errors = referenceErrors(ids, users, field, 'user', (u) => u.email);
  const byId = new Map(users.map((u) => [u.id, u]));
  ids.forEach((id, index) => {
    const user = byId.get(id);
    if (user && isActive(user) && user.kind !== 'STAFF')
      errors.push(
        userError(ErrorCode.VALIDATION, `user ${user.email} is a PARTNER account; teams are staff`, [
          'input',
          field,
          String(index),
        ]),
      );
  });
  return { users, errors };
}
