import type { EntityManager } from 'typeorm';
import type { KnownBranch } from '../domain/known-branch';
import { KnownBranchEntity } from './known-branch.entity';

/** Reads and writes orders' local copy of masters branches. */
export class KnownBranchRepository {
  /** Inserts the branch, or overwrites the copy when it is already known (events may be redelivered). */
  async upsert(em: EntityManager, branch: KnownBranch): Promise<void> {
    const repo = em.getRepository(KnownBranchEntity);
    if (await repo.existsBy({ id: branch.id })) {
      const { id, ...rest } = branch;
      await repo.update({ id }, rest);
    } else {
      await repo.insert(branch);
    }
  }

  /** Changes what the copy holds about a known branch; false when the branch is not known here. */
  async change(em: EntityManager, id: string, changes: Partial<Omit<KnownBranch, 'id'>>): Promise<boolean> {
    const result = await em.getRepository(KnownBranchEntity).update({ id }, changes);
    return (result.affected ?? 0) > 0;
  }

  byId(em: EntityManager, id: string): Promise<KnownBranch | null> {
    return em.getRepository(KnownBranchEntity).findOneBy({ id });
  }
}
