import { In, type EntityManager } from 'typeorm';
import { inRankOrder, type KnownBandwidth, type KnownProduct } from '../domain/known-catalogue';
import { KnownBandwidthEntity, KnownProductEntity } from './known-catalogue.entities';

/** Reads and writes orders' local copies of masters products and bandwidths, and answers rank questions. */
export class KnownCatalogueRepository {
  /** Inserts the product, or overwrites the copy when it is already known (events may be redelivered). */
  async upsertProduct(em: EntityManager, product: KnownProduct): Promise<void> {
    const repo = em.getRepository(KnownProductEntity);
    if (await repo.existsBy({ id: product.id })) {
      const { id, ...rest } = product;
      await repo.update({ id }, rest);
    } else {
      await repo.insert(product);
    }
  }

  /** Changes what the copy holds about a known product; false when the product is not known here. */
  async changeProduct(
    em: EntityManager,
    id: string,
    changes: Partial<Omit<KnownProduct, 'id'>>,
  ): Promise<boolean> {
    const result = await em.getRepository(KnownProductEntity).update({ id }, changes);
    return (result.affected ?? 0) > 0;
  }

  /** Inserts the bandwidth, or overwrites the copy (every bandwidth event carries value, unit and rank). */
  async upsertBandwidth(em: EntityManager, bandwidth: KnownBandwidth): Promise<void> {
    const repo = em.getRepository(KnownBandwidthEntity);
    if (await repo.existsBy({ id: bandwidth.id })) {
      const { id, ...rest } = bandwidth;
      await repo.update({ id }, rest);
    } else {
      await repo.insert(bandwidth);
    }
  }

  /** Changes what the copy holds about a known bandwidth; false when the bandwidth is not known here. */
  async changeBandwidth(
    em: EntityManager,
    id: string,
    changes: Partial<Omit<KnownBandwidth, 'id'>>,
  ): Promise<boolean> {
    const result = await em.getRepository(KnownBandwidthEntity).update({ id }, changes);
    return (result.affected ?? 0) > 0;
  }

  productById(em: EntityManager, id: string): Promise<KnownProduct | null> {
    return em.getRepository(KnownProductEntity).findOneBy({ id });
  }

  bandwidthById(em: EntityManager, id: string): Promise<KnownBandwidth | null> {
    return em.getRepository(KnownBandwidthEntity).findOneBy({ id });
  }

  /** The current rank of a bandwidth (higher = more), or null when orders does not know the bandwidth. */
  async rankOf(em: EntityManager, bandwidthId: string): Promise<number | null> {
    return (await this.bandwidthById(em, bandwidthId))?.rank ?? null;
  }

  /**
   * The bandwidths a product offers, lowest current rank first, inactive ones included (with their flag).
   * Empty for an unknown product; a bandwidth whose own event has not arrived yet is left out, since it has
   * no rank here.
   */
  async bandwidthsOfProduct(em: EntityManager, productId: string): Promise<KnownBandwidth[]> {
    const product = await this.productById(em, productId);
    if (!product || product.bandwidthIds.length === 0) return [];
    const bandwidths = await em.getRepository(KnownBandwidthEntity).findBy({ id: In(product.bandwidthIds) });
    return inRankOrder(bandwidths);
  }
}
