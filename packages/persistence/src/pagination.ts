import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** One page of a cursor connection. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Raised for a cursor that this API did not hand out. */
export class InvalidCursorError extends Error {
  constructor() {
    super('after is not a cursor returned by this list');
    this.name = 'InvalidCursorError';
  }
}

/** One column of a keyset order: an entity property, its direction, and the type of its value in cursors. */
export interface OrderKey<T> {
  /** The entity property (not the column name); it must never be null. */
  property: keyof T & string;
  direction: 'ASC' | 'DESC';
  /** How the value travels in a cursor: strings and numbers as they are, dates as ISO-8601. */
  type: 'string' | 'number' | 'date';
}

/** Newest first, then id: the order of every list that has no order of its own. */
const NEWEST_FIRST = [
  { property: 'createdAt', direction: 'DESC', type: 'date' },
  { property: 'id', direction: 'DESC', type: 'string' },
] as const;

type CursorValue = string | number | Date;

function encode<T extends ObjectLiteral>(node: T, keys: readonly OrderKey<T>[]): string {
  const values = keys.map((key) => {
    const value = node[key.property] as unknown;
    return value instanceof Date ? value.toISOString() : value;
  });
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decode<T>(cursor: string, keys: readonly OrderKey<T>[]): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(values) || values.length !== keys.length) throw new InvalidCursorError();
  return keys.map((key, i) => {
    const value: unknown = values[i];
    if (key.type === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
    if (key.type === 'string' && typeof value === 'string' && value !== '') return value;
    if (key.type === 'date' && typeof value === 'string') {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return date;
    }
    throw new InvalidCursorError();
  });
}

/**
 * Pages a query in the order of `keys` with opaque cursors (keyset pagination: a page starts right after
 * the row its cursor names, so rows inserted meanwhile never shift it). The keys must order rows totally,
 * so the last one is usually `id`; their properties must never be null. `first` defaults to 20 and is
 * capped at `maxFirst`.
 */
export async function paginateBy<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  keys: readonly OrderKey<T>[],
  maxFirst = 100,
): Promise<Page<T>> {
  const first = Math.max(1, Math.min(args.first ?? 20, maxFirst));
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  const columns = keys.map((key) => `${alias}.${key.property}`);
  const page = qb.clone().take(first + 1);
  keys.forEach((key, i) =>
    i === 0 ? page.orderBy(columns[i], key.direction) : page.addOrderBy(columns[i], key.direction),
  );
  if (args.after) {
    const values = decode(args.after, keys);
    // Rows after the cursor: (k0 past v0) OR (k0 = v0 AND k1 past v1) OR ...
    const params = Object.fromEntries(values.map((value, i) => [`cursor${i}`, value]));
    const branches = keys.map((key, i) => {
      const equal = columns.slice(0, i).map((column, j) => `${column} = :cursor${j}`);
      const past = `${columns[i]} ${key.direction === 'ASC' ? '>' : '<'} :cursor${i}`;
      return `(${[...equal, past].join(' AND ')})`;
    });
    page.andWhere(`(${branches.join(' OR ')})`, params);
  }
  const rows = await page.getMany();
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encode(node, keys), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * Pages a query in a stable order (newest first, then id) with opaque cursors. `first` is capped at
 * `maxFirst`. The entity must have `createdAt` and `id` properties.
 */
export function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  qb: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  maxFirst = 100,
): Promise<Page<T>> {
  return paginateBy(qb, args, NEWEST_FIRST as readonly OrderKey<T>[], maxFirst);
}
