import { In, type EntityManager } from 'typeorm';
import type { KnownBranch, KnownBso, KnownBsoCitySetting } from '../domain/known-masters';
import { KnownBranchEntity, KnownBsoCitySettingEntity, KnownBsoEntity } from './known-masters.entities';

/** Reads and writes feasibility's local copies of masters' BSOs, BSO city settings and branches. */
export class KnownMastersRepository {
  /** Inserts the BSO, or overwrites the copy when it is already known (events may be redelivered). */
  async upsertBso(em: EntityManager, bso: KnownBso): Promise<void> {
    const repo = em.getRepository(KnownBsoEntity);
    const { id, ...rest } = bso;
    if (await repo.existsBy({ id })) await repo.update({ id }, rest);
    else await repo.insert(bso);
  }

  /** Changes what the copy holds about a known BSO; false when the BSO is not known here. */
  async changeBso(em: EntityManager, id: string, changes: Partial<Omit<KnownBso, 'id'>>): Promise<boolean> {
    const result = await em.getRepository(KnownBsoEntity).update({ id }, changes);
    return (result.affected ?? 0) > 0;
  }

  /** Replaces the copy of a setting with its whole current state (every `bso_city_setting.*` carries it). */
  async saveCitySetting(em: EntityManager, setting: KnownBsoCitySetting): Promise<void> {
    const repo = em.getRepository(KnownBsoCitySettingEntity);
    const { id, ...rest } = setting;
    if (await repo.existsBy({ id })) await repo.update({ id }, rest);
    else await repo.insert(setting);
  }

  /** Inserts the branch, or overwrites the copy when it is already known. */
  async upsertBranch(em: EntityManager, branch: KnownBranch): Promise<void> {
    const repo = em.getRepository(KnownBranchEntity);
    const { id, ...rest } = branch;
    if (await repo.existsBy({ id })) await repo.update({ id }, rest);
    else await repo.insert(branch);
  }

  /** Changes what the copy holds about a known branch; false when the branch is not known here. */
  async changeBranch(
    em: EntityManager,
    id: string,
    changes: Partial<Omit<KnownBranch, 'id'>>,
  ): Promise<boolean> {
    const result = await em.getRepository(KnownBranchEntity).update({ id }, changes);
    return (result.affected ?? 0) > 0;
  }

  bso(em: EntityManager, id: string): Promise<KnownBso | null> {
    return em.getRepository(KnownBsoEntity).findOneBy({ id });
  }

  branch(em: EntityManager, id: string): Promise<KnownBranch | null> {
    return em.getRepository(KnownBranchEntity).findOneBy({ id });
  }

  /**
   * Every active BSO with an active setting for the city, with that setting, by BSO code: the BSOs a send
   * for feasibility goes to when the requester picked none.
   */
  async servingCity(
    em: EntityManager,
    cityId: string,
  ): Promise<{ bso: KnownBso; setting: KnownBsoCitySetting }[]> {
    const settings = await em.getRepository(KnownBsoCitySettingEntity).findBy({ cityId, active: true });
    if (settings.length === 0) return [];
    const bsos = await em.getRepository(KnownBsoEntity).find({
      where: { id: In(settings.map((s) => s.bsoId)), active: true },
      order: { code: 'ASC' },
    });
    return bsos.map((bso) => ({ bso, setting: settings.find((s) => s.bsoId === bso.id)! }));
  }

  /** The BSO's active setting for the city, if it serves it (masters allows at most one). */
  activeCitySetting(em: EntityManager, bsoId: string, cityId: string): Promise<KnownBsoCitySetting | null> {
    return em.getRepository(KnownBsoCitySettingEntity).findOneBy({ bsoId, cityId, active: true });
  }
}
