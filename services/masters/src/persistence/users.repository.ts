import { In, IsNull, type EntityManager } from 'typeorm';
import { accessSnapshotsOf } from '@oms/auth';
import type { AccessSnapshot } from '@oms/contracts';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import type { User, UserMenuOverride } from '../domain/identity';
import { normalizeEmail, type MenuRight } from '../domain/identity';
import { whereActive, type ListArgs } from './geography.repository';
import type { CredentialStore, Credentials } from '../application/auth/credentials';
import {
  UserBranchEntity,
  UserEntity,
  UserGroupEntity,
  UserInstallationCityEntity,
  UserMenuOverrideEntity,
  UserNamedRightEntity,
  type UserRow,
} from './identity.entities';

/** Narrows a list of users. */
export interface UserListFilter {
  /** Matches name or email, case-insensitive, anywhere. */
  search?: string | null;
  /** Users whose home branch or one of whose further branches it is. */
  branchId?: string | null;
  groupId?: string | null;
  kind?: string | null;
  active?: boolean | null;
}

/** A user with the hash of their password, for login only. */
export interface UserWithPasswordHash {
  user: User;
  passwordHash: string;
}

const withoutHash = ({ passwordHash: _hash, ...row }: UserRow) => row;

/** Reads and writes users, their branches, groups, named rights, installation cities and menu overrides. */
/** What login needs of an account row. */
const credentialsOf = (row: UserRow): Credentials => ({
  userId: row.id,
  passwordHash: row.passwordHash,
  active: row.deactivatedAt === null,
});

/** Users, their links and overrides; also the credential store authentication reads passwords from. */
export class UserRepository implements CredentialStore {
  /** An account by e-mail (compared lower-cased), for login. */
  async byEmail(em: EntityManager, email: string): Promise<Credentials | null> {
    const row = await em.getRepository(UserEntity).findOneBy({ email: normalizeEmail(email) });
    return row ? credentialsOf(row) : null;
  }

  /** An account by id, for session renewal and password change. */
  async byUserId(em: EntityManager, userId: string): Promise<Credentials | null> {
    const row = await em.getRepository(UserEntity).findOneBy({ id: userId });
    return row ? credentialsOf(row) : null;
  }

  /** Inserts a user with the hash of their initial password, and their links. */
  async insertUser(em: EntityManager, user: User, passwordHash: string): Promise<void> {
    const { branchIds: _b, groupIds: _g, namedRightIds: _r, installationCityIds: _c, ...row } = user;
    await em.getRepository(UserEntity).insert({ ...row, passwordHash });
    await this.insertLinks(em, user);
  }

  /** Writes the editable fields of a user and replaces their links (email, kind and BSO never change). */
  async saveUser(em: EntityManager, user: User): Promise<void> {
    const { name, phone, homeBranchId, updatedAt, deactivatedAt } = user;
    await em
      .getRepository(UserEntity)
      .update({ id: user.id }, { name, phone, homeBranchId, updatedAt, deactivatedAt });
    for (const entity of [
      UserBranchEntity,
      UserGroupEntity,
      UserNamedRightEntity,
      UserInstallationCityEntity,
    ])
      await em.getRepository(entity).delete({ userId: user.id });
    await this.insertLinks(em, user);
  }

  /** Writes only whether a user is active. */
  async saveUserDeactivation(em: EntityManager, user: User): Promise<void> {
    await em.getRepository(UserEntity).update({ id: user.id }, { deactivatedAt: user.deactivatedAt });
  }

  /** Replaces a user's password hash. */
  async setPasswordHash(
    em: EntityManager,
    userId: string,
    passwordHash: string,
    changedAt: Date,
  ): Promise<void> {
    await em.getRepository(UserEntity).update({ id: userId }, { passwordHash, passwordChangedAt: changedAt });
  }

  /** Increases a user's access version by one (a row lock until commit) and returns the new version. */
  async bumpAccessVersion(em: EntityManager, userId: string): Promise<number> {
    await em
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ accessVersion: () => 'access_version + 1' })
      .where('id = :userId', { userId })
      .execute();
    const row = await em
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, select: { accessVersion: true } });
    if (!row) throw new Error(`no user ${userId}`);
    return row.accessVersion;
  }

  /** The user with this e-mail address (compared lower-cased), or null. */
  async userByEmail(em: EntityManager, email: string): Promise<User | null> {
    const found = await this.byEmailWithPasswordHash(em, email);
    return found?.user ?? null;
  }

  /** The user with this e-mail address (compared lower-cased) and their password hash: what login checks. */
  async byEmailWithPasswordHash(em: EntityManager, email: string): Promise<UserWithPasswordHash | null> {
    const row = await em.getRepository(UserEntity).findOneBy({ email: normalizeEmail(email) });
    if (!row) return null;
    const [user] = await this.withLinks(em, [withoutHash(row)]);
    return { user, passwordHash: row.passwordHash };
  }

  async usersByIds(em: EntityManager, ids: readonly string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    const rows = await em.getRepository(UserEntity).findBy({ id: In([...ids]) });
    return this.withLinks(em, rows.map(withoutHash));
  }

  /** How many users exist, active or not. */
  countUsers(em: EntityManager): Promise<number> {
    return em.getRepository(UserEntity).count();
  }

  /** The active members of any of these groups. */
  async activeMemberIdsOfGroups(em: EntityManager, groupIds: readonly string[]): Promise<string[]> {
    if (groupIds.length === 0) return [];
    const rows = await em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.id IN (SELECT ug.user_id FROM user_group ug WHERE ug.group_id IN (:...groupIds))', {
        groupIds,
      })
      .andWhere('u.deactivatedAt IS NULL')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** The active users given a named right directly. */
  async activeUserIdsWithNamedRight(em: EntityManager, namedRightId: string): Promise<string[]> {
    const rows = await em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.id IN (SELECT r.user_id FROM user_named_right r WHERE r.named_right_id = :namedRightId)', {
        namedRightId,
      })
      .andWhere('u.deactivatedAt IS NULL')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** The active users with an override on a menu. */
  async activeUserIdsWithOverrideOn(em: EntityManager, menuId: string): Promise<string[]> {
    const rows = await em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.id IN (SELECT o.user_id FROM user_menu_override o WHERE o.menu_id = :menuId)', { menuId })
      .andWhere('u.deactivatedAt IS NULL')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** How many active users have this branch as home or further branch. */
  countActiveUsersOfBranch(em: EntityManager, branchId: string): Promise<number> {
    return em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(
        '(u.homeBranchId = :branchId OR u.id IN (SELECT ub.user_id FROM user_branch ub WHERE ub.branch_id = :branchId))',
        {
          branchId,
        },
      )
      .andWhere('u.deactivatedAt IS NULL')
      .getCount();
  }

  /** How many active partner accounts a BSO has. */
  countActiveUsersOfBso(em: EntityManager, bsoId: string): Promise<number> {
    return em.getRepository(UserEntity).countBy({ bsoId, deactivatedAt: IsNull() });
  }

  /** How many active users may act on installations in this city (their installation cities list it). */
  countActiveUsersWithInstallationCity(em: EntityManager, cityId: string): Promise<number> {
    return em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id IN (SELECT uc.user_id FROM user_installation_city uc WHERE uc.city_id = :cityId)', {
        cityId,
      })
      .andWhere('u.deactivatedAt IS NULL')
      .getCount();
  }

  /** The menu overrides of several users. */
  async overridesOf(em: EntityManager, userIds: readonly string[]): Promise<UserMenuOverride[]> {
    if (userIds.length === 0) return [];
    return em.getRepository(UserMenuOverrideEntity).findBy({ userId: In([...userIds]) });
  }

  /** Sets what a user gets on a menu instead of their groups' rights. */
  async setOverride(em: EntityManager, userId: string, menuId: string, rights: MenuRight[]): Promise<void> {
    await em.getRepository(UserMenuOverrideEntity).delete({ userId, menuId });
    await em.getRepository(UserMenuOverrideEntity).insert({ userId, menuId, rights });
  }

  /** Removes a user's override on a menu; false when there was none. */
  async clearOverride(em: EntityManager, userId: string, menuId: string): Promise<boolean> {
    const result = await em.getRepository(UserMenuOverrideEntity).delete({ userId, menuId });
    return (result.affected ?? 0) > 0;
  }

  /** The latest access snapshots masters saved for several users (its own access copy). */
  savedAccessOf(em: EntityManager, userIds: readonly string[]): Promise<AccessSnapshot[]> {
    return accessSnapshotsOf(em, userIds);
  }

  async listUsers(em: EntityManager, args: ListArgs<UserListFilter>): Promise<Page<User>> {
    const qb = em.getRepository(UserEntity).createQueryBuilder('u');
    const filter = args.filter;
    whereActive(qb, filter?.active);
    if (filter?.search) {
      qb.andWhere("(LOWER(u.name) LIKE :q ESCAPE '!' OR LOWER(u.email) LIKE :q ESCAPE '!')", {
        q: containsPattern(filter.search),
      });
    }
    if (filter?.branchId) {
      qb.andWhere(
        '(u.homeBranchId = :branchId OR u.id IN (SELECT ub.user_id FROM user_branch ub WHERE ub.branch_id = :branchId))',
        { branchId: filter.branchId },
      );
    }
    if (filter?.groupId) {
      qb.andWhere('u.id IN (SELECT ug.user_id FROM user_group ug WHERE ug.group_id = :groupId)', {
        groupId: filter.groupId,
      });
    }
    if (filter?.kind) qb.andWhere('u.kind = :kind', { kind: filter.kind });
    const page = await paginate(qb, args);
    const users = new Map(
      (
        await this.withLinks(
          em,
          page.edges.map((e) => withoutHash(e.node)),
        )
      ).map((u) => [u.id, u]),
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: users.get(e.node.id) as User })),
    };
  }

  private async insertLinks(em: EntityManager, user: User): Promise<void> {
    const userId = user.id;
    if (user.branchIds.length > 0)
      await em
        .getRepository(UserBranchEntity)
        .insert(user.branchIds.map((branchId) => ({ userId, branchId })));
    if (user.groupIds.length > 0)
      await em.getRepository(UserGroupEntity).insert(user.groupIds.map((groupId) => ({ userId, groupId })));
    if (user.namedRightIds.length > 0)
      await em
        .getRepository(UserNamedRightEntity)
        .insert(user.namedRightIds.map((namedRightId) => ({ userId, namedRightId })));
    if (user.installationCityIds.length > 0)
      await em
        .getRepository(UserInstallationCityEntity)
        .insert(user.installationCityIds.map((cityId) => ({ userId, cityId })));
  }

  private async withLinks(em: EntityManager, rows: Omit<UserRow, 'passwordHash'>[]): Promise<User[]> {
    if (rows.length === 0) return [];
    const userId = In(rows.map((r) => r.id));
    const [branches, groups, rights, cities] = await Promise.all([
      em.getRepository(UserBranchEntity).findBy({ userId }),
      em.getRepository(UserGroupEntity).findBy({ userId }),
      em.getRepository(UserNamedRightEntity).findBy({ userId }),
      em.getRepository(UserInstallationCityEntity).findBy({ userId }),
    ]);
    const of = <L extends { userId: string }>(links: L[], id: string, value: (link: L) => string) =>
      links
        .filter((l) => l.userId === id)
        .map(value)
        .sort();
    return rows.map((row) => ({
      ...row,
      branchIds: of(branches, row.id, (l) => l.branchId),
      groupIds: of(groups, row.id, (l) => l.groupId),
      namedRightIds: of(rights, row.id, (l) => l.namedRightId),
      installationCityIds: of(cities, row.id, (l) => l.cityId),
    }));
  }
}
