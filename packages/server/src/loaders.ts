import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { accessSnapshotsOf } from '@oms/auth';
import { InvalidCursorError, type Database } from '@oms/persistence';
import type { Result, UserError } from './user-error';

/** A per-request loader that batches lookups by id and returns null for ids that do not exist. */
export function byIdLoader<T extends { id: string }>(
  load: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * A per-request loader of users' display names, as the service's access copy last heard them from masters
 * (null for an id it does not know, such as a system actor), so history can say who by name.
 */
export function userNameLoader(db: Database): DataLoader<string, string | null> {
  return new DataLoader(async (ids) => {
    const names = new Map(
      (await db.read((em) => accessSnapshotsOf(em, ids))).map((s) => [s.userId, s.name || null]),
    );
    return ids.map((id) => names.get(id) ?? null);
  });
}

/** A per-request loader of the children of many parents at once (e.g. the cities of several states). */
export function groupLoader<T>(
  load: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load(keys)) {
      const key = keyOf(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Runs a list query, turning a foreign cursor into a typed GraphQL error instead of an internal one. */
export async function listQuery<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InvalidCursorError) {
      throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', field: ['after'] } });
    }
    throw err;
  }
}

/** The payload of a mutation from a use-case result: the entity under `key`, or the errors. */
export function payload<K extends string, T>(
  key: K,
  result: Result<T>,
): Record<K, T | null> & { errors: UserError[] } {
  const entity = result.ok ? result.value : null;
  return { [key]: entity, errors: result.ok ? [] : result.errors } as Record<K, T | null> & {
    errors: UserError[];
  };
}
