import type { EntityManager } from 'typeorm';
import { ErrorCode, userError, type UserError } from '@oms/server';
import { userShapeProblems, type UserKind } from '../domain/identity';
import { isActive } from '../domain/master-lifecycle';
import {
  branchErrors,
  bsoErrors,
  checkGroups,
  checkNamedRights,
  cityErrors,
  type IdentityRepos,
} from './identity-references';

/** A user as it will be after a create or an edit, with the lists as the input gave them (for error paths). */
export interface UserDraft {
  kind: UserKind;
  bsoId: string | null;
  homeBranchId: string | null;
  branchIds: string[];
  groupIds: string[];
  installationCityIds: string[];
  /** The named-right codes given; null when the input left them as they are. */
  rightCodes: string[] | null;
}

/** Which fields the input gave: only those are checked against the other masters (an edit that leaves a
 * since-deactivated branch in place is not refused for it). */
export type GivenFields = Partial<
  Record<'bsoId' | 'homeBranchId' | 'branchIds' | 'groupIds' | 'installationCityIds', boolean>
>;

/**
 * Checks a user draft: what it refers to (the given fields: branches, groups, cities, named rights, BSO must
 * exist and be active; groups must be for the user's kind) and the shape rules of STAFF and PARTNER users
 * (on the resulting user). Returns the errors and, when codes were given, the ids of the named rights.
 */
export async function checkUserDraft(
  em: EntityManager,
  repos: IdentityRepos,
  draft: UserDraft,
  given: GivenFields,
): Promise<{ errors: UserError[]; namedRightIds: string[] | null }> {
  const errors: UserError[] = [];
  if (given.bsoId && draft.bsoId !== null) errors.push(...(await bsoErrors(em, repos, draft.bsoId)));
  if (given.homeBranchId && draft.homeBranchId !== null)
    errors.push(...(await branchErrors(em, repos, 'homeBranchId', [draft.homeBranchId], true)));
  if (given.branchIds) errors.push(...(await branchErrors(em, repos, 'branchIds', draft.branchIds)));
  const groups = await checkGroups(em, repos, draft.kind, draft.groupIds);
  if (given.groupIds) errors.push(...groups.errors);
  let namedRightIds: string[] | null = null;
  if (draft.rightCodes !== null) {
    const rights = await checkNamedRights(em, repos, 'rightCodes', draft.rightCodes);
    errors.push(...rights.errors);
    namedRightIds = [...new Set(rights.rights.map((r) => r.id))];
  }
  if (given.installationCityIds)
    errors.push(...(await cityErrors(em, repos, 'installationCityIds', draft.installationCityIds)));
  const allScope = groups.groups.some((g) => isActive(g) && g.kind === draft.kind && g.dataScope === 'ALL');
  for (const [field, message] of userShapeProblems({ ...draft, allScope }))
    errors.push(userError(ErrorCode.VALIDATION, message, ['input', field]));
  return { errors, namedRightIds };
}
