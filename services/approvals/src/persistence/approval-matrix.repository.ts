import { In, type EntityManager } from 'typeorm';
import { paginate, type Page } from '@oms/persistence';
import { matrixNameKey, type ApprovalMatrix, type ApprovalMatrixStatus } from '../domain/approval-matrix';
import { ApprovalMatrixEntity } from './approval-matrix.entities';

/** Listing arguments shared by the list queries. */
export interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/** What a list of approval matrix versions can be narrowed by. */
export interface ApprovalMatrixFilter {
  name?: string | null;
  status?: ApprovalMatrixStatus | null;
}

/** Reads and writes approval matrix versions. */
export class ApprovalMatrixRepository {
  async insert(em: EntityManager, matrix: ApprovalMatrix): Promise<void> {
    await em.getRepository(ApprovalMatrixEntity).insert(matrix);
  }

  /** The highest version of the matrix with this name key, or null when the name is new. */
  async latestVersion(em: EntityManager, nameKey: string): Promise<number | null> {
    const row = await em
      .getRepository(ApprovalMatrixEntity)
      .createQueryBuilder('m')
      .select('MAX(m.version)', 'latest')
      .where('m.nameKey = :nameKey', { nameKey })
      .getRawOne<{ latest: number | string | null }>();
    return row?.latest === null || row?.latest === undefined ? null : Number(row.latest);
  }

  byIds(em: EntityManager, ids: readonly string[]): Promise<ApprovalMatrix[]> {
    return em.getRepository(ApprovalMatrixEntity).findBy({ id: In([...ids]) });
  }

  /** The version an actor created under an idempotency key, if any. */
  byClientMutationId(
    em: EntityManager,
    createdBy: string,
    clientMutationId: string,
  ): Promise<ApprovalMatrix | null> {
    return em.getRepository(ApprovalMatrixEntity).findOneBy({ createdBy, clientMutationId });
  }

  list(em: EntityManager, args: ListArgs<ApprovalMatrixFilter>): Promise<Page<ApprovalMatrix>> {
    const qb = em.getRepository(ApprovalMatrixEntity).createQueryBuilder('m');
    const filter = args.filter;
    if (filter?.name) qb.andWhere('m.nameKey = :nameKey', { nameKey: matrixNameKey(filter.name) });
    if (filter?.status) qb.andWhere('m.status = :status', { status: filter.status });
    return paginate(qb, args);
  }
}
