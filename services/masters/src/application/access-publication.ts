import type { EntityManager } from 'typeorm';
import { saveAccessSnapshot } from '@oms/auth';
import { userAccessChanged, type AccessSnapshot } from '@oms/contracts';
import type { Transaction } from '@oms/messaging';
import { effectiveAccess, type AccessFacts } from '../domain/effective-access';
import type { User } from '../domain/identity';
import type { AccessRepository } from '../persistence/access.repository';
import type { UserRepository } from '../persistence/users.repository';

/** What effective access is read from. */
export interface AccessSources {
  users: UserRepository;
  access: AccessRepository;
}

/** Loads, in a few queries, everything the effective access of these users is computed from. */
export async function accessFactsOf(
  em: EntityManager,
  sources: AccessSources,
  users: readonly User[],
): Promise<AccessFacts[]> {
  if (users.length === 0) return [];
  const groupIds = [...new Set(users.flatMap((u) => u.groupIds))];
  const groups = await sources.access.groupsByIds(em, groupIds);
  const groupMenuRights = await sources.access.menuRightsOfGroups(em, groupIds);
  const overrides = await sources.users.overridesOf(
    em,
    users.map((u) => u.id),
  );
  const menuIds = [...new Set([...groupMenuRights, ...overrides].map((r) => r.menuId))];
  const menus = await sources.access.menusByIds(em, menuIds);
  const namedRightIds = [...new Set([...users, ...groups].flatMap((x) => x.namedRightIds))];
  const namedRights = await sources.access.namedRightsByIds(em, namedRightIds);
  return users.map((user) => ({
    user,
    groups: groups.filter((g) => user.groupIds.includes(g.id)),
    groupMenuRights,
    overrides: overrides.filter((o) => o.userId === user.id),
    menus,
    namedRights,
  }));
}

/**
 * The one door through which a change of users' access takes effect, called by every use case that changes
 * it, inside its transaction: for each user it bumps `access_version`, computes the effective access, saves it
 * in masters' own access copy (what masters authorizes with) and publishes `user_access.changed` (what every
 * other service authorizes with). Users are handled in id order, so concurrent changes lock rows in the same
 * order. Returns the snapshots.
 */
export async function publishAccessChanges(
  tx: Transaction,
  sources: AccessSources,
  userIds: readonly string[],
): Promise<AccessSnapshot[]> {
  const ids = [...new Set(userIds)].sort();
  if (ids.length === 0) return [];
  for (const id of ids) await sources.users.bumpAccessVersion(tx.em, id);
  const users = (await sources.users.usersByIds(tx.em, ids)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const snapshots: AccessSnapshot[] = [];
  for (const facts of await accessFactsOf(tx.em, sources, users)) {
    const snapshot = effectiveAccess(facts);
    await saveAccessSnapshot(tx.em, snapshot);
    await tx.events.publish(userAccessChanged, snapshot.userId, snapshot);
    snapshots.push(snapshot);
  }
  return snapshots;
}
