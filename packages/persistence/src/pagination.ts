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

const encode = (createdAt: Date, id: string) =>
  Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');

function decode(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw new InvalidCursorError();
  return { createdAt, id };
}

/**
 * Pages a query in a stable order (newest first, then id) with opaque cursors. `first` is capped at
 * `maxFirst`. The entity must have `createdAt` and `id` properties.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  qb: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  maxFirst = 100,
): Promise<Page<T>> {
  const first = Math.max(1, Math.min(args.first ?? 20, maxFirst));
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  const page = qb
    .clone()
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(first + 1);
  if (args.after) {
    const { createdAt, id } = decode(args.after);
    page.andWhere(`(${alias}.createdAt < :cAt OR (${alias}.createdAt = :cAt AND ${alias}.id < :cId))`, {
      cAt: createdAt,
      cId: id,
    });
  }
  const rows = await page.getMany();
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encode(node.createdAt, node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
