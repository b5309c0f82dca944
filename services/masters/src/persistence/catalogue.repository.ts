import { In, IsNull, type EntityManager } from 'typeorm';
import { containsPattern, InvalidCursorError, paginate, type Page } from '@oms/persistence';
import {
  inRankOrder,
  type Bandwidth,
  type BandwidthUnit,
  type Product,
  type ProductCategory,
} from '../domain/catalogue';
import { whereActive, type ListArgs } from './geography.repository';
import {
  BandwidthEntity,
  ProductBandwidthEntity,
  ProductCategoryEntity,
  ProductEntity,
} from './catalogue.entities';

/** Narrows a list of product categories. */
export interface ProductCategoryListFilter {
  search?: string | null;
  active?: boolean | null;
}

/** Narrows a list of products. */
export interface ProductListFilter extends ProductCategoryListFilter {
  categoryId?: string | null;
}

/** Narrows a list of bandwidths. */
export interface BandwidthListFilter {
  active?: boolean | null;
}

const encodeRank = (rank: number) => Buffer.from(`rank|${rank}`).toString('base64url');

function decodeRank(cursor: string): number {
  const [tag, rank] = Buffer.from(cursor, 'base64url').toString().split('|');
  const value = Number(rank);
  if (tag !== 'rank' || rank === undefined || rank === '' || !Number.isInteger(value)) {
    throw new InvalidCursorError();
  }
  return value;
}

/** Reads and writes product categories, products, bandwidths and the bandwidths products offer. */
export class CatalogueRepository {
  async insertCategory(em: EntityManager, category: ProductCategory): Promise<void> {
    await em.getRepository(ProductCategoryEntity).insert(category);
  }

  /** Writes the name, `updatedAt` and `deactivatedAt` of an existing category (its code never changes). */
  async saveCategory(em: EntityManager, category: ProductCategory): Promise<void> {
    const { name, updatedAt, deactivatedAt } = category;
    await em
      .getRepository(ProductCategoryEntity)
      .update({ id: category.id }, { name, updatedAt, deactivatedAt });
  }

  categoryByCode(em: EntityManager, code: string): Promise<ProductCategory | null> {
    return em.getRepository(ProductCategoryEntity).findOneBy({ code });
  }

  categoriesByIds(em: EntityManager, ids: readonly string[]): Promise<ProductCategory[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.getRepository(ProductCategoryEntity).findBy({ id: In([...ids]) });
  }

  listCategories(
    em: EntityManager,
    args: ListArgs<ProductCategoryListFilter>,
  ): Promise<Page<ProductCategory>> {
    const qb = em.getRepository(ProductCategoryEntity).createQueryBuilder('pc');
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(pc.code) LIKE :q ESCAPE '!' OR LOWER(pc.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }

  async insertProduct(em: EntityManager, product: Product): Promise<void> {
    await em.getRepository(ProductEntity).insert(product);
  }

  /** Writes the name, category, `updatedAt` and `deactivatedAt` of an existing product (its code never changes). */
  async saveProduct(em: EntityManager, product: Product): Promise<void> {
    const { name, categoryId, updatedAt, deactivatedAt } = product;
    await em
      .getRepository(ProductEntity)
      .update({ id: product.id }, { name, categoryId, updatedAt, deactivatedAt });
  }

  productByCode(em: EntityManager, code: string): Promise<Product | null> {
    return em.getRepository(ProductEntity).findOneBy({ code });
  }

  productsByIds(em: EntityManager, ids: readonly string[]): Promise<Product[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.getRepository(ProductEntity).findBy({ id: In([...ids]) });
  }

  /** How many active products a category has. */
  countActiveProductsOfCategory(em: EntityManager, categoryId: string): Promise<number> {
    return em.getRepository(ProductEntity).countBy({ categoryId, deactivatedAt: IsNull() });
  }

  /** The products of several categories (for `ProductCategory.products`), by name. */
  productsOfCategories(em: EntityManager, categoryIds: readonly string[]): Promise<Product[]> {
    if (categoryIds.length === 0) return Promise.resolve([]);
    return em
      .getRepository(ProductEntity)
      .find({ where: { categoryId: In([...categoryIds]) }, order: { name: 'ASC' } });
  }

  listProducts(em: EntityManager, args: ListArgs<ProductListFilter>): Promise<Page<Product>> {
    const qb = em.getRepository(ProductEntity).createQueryBuilder('p');
    whereActive(qb, args.filter?.active);
    if (args.filter?.categoryId)
      qb.andWhere('p.categoryId = :categoryId', { categoryId: args.filter.categoryId });
    if (args.filter?.search) {
      qb.andWhere("(LOWER(p.code) LIKE :q ESCAPE '!' OR LOWER(p.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }

  async insertBandwidth(em: EntityManager, bandwidth: Bandwidth): Promise<void> {
    await em.getRepository(BandwidthEntity).insert(bandwidth);
  }

  /** Writes the rank, `updatedAt` and `deactivatedAt` of an existing bandwidth (value and unit never change). */
  async saveBandwidth(em: EntityManager, bandwidth: Bandwidth): Promise<void> {
    const { rank, updatedAt, deactivatedAt } = bandwidth;
    await em.getRepository(BandwidthEntity).update({ id: bandwidth.id }, { rank, updatedAt, deactivatedAt });
  }

  bandwidthByValue(em: EntityManager, value: number, unit: BandwidthUnit): Promise<Bandwidth | null> {
    return em.getRepository(BandwidthEntity).findOneBy({ value, unit });
  }

  bandwidthByRank(em: EntityManager, rank: number): Promise<Bandwidth | null> {
    return em.getRepository(BandwidthEntity).findOneBy({ rank });
  }

  bandwidthsByIds(em: EntityManager, ids: readonly string[]): Promise<Bandwidth[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.getRepository(BandwidthEntity).findBy({ id: In([...ids]) });
  }

  /** Bandwidths in rank order (lowest first), with rank cursors; `first` is capped at 100. */
  async listBandwidths(em: EntityManager, args: ListArgs<BandwidthListFilter>): Promise<Page<Bandwidth>> {
    const first = Math.max(1, Math.min(args.first ?? 20, 100));
    const qb = em.getRepository(BandwidthEntity).createQueryBuilder('bw');
    whereActive(qb, args.filter?.active);
    const totalCount = await qb.clone().getCount();
    const page = qb
      .clone()
      .orderBy('bw.rank', 'ASC')
      .take(first + 1);
    if (args.after) page.andWhere('bw.rank > :afterRank', { afterRank: decodeRank(args.after) });
    const rows = await page.getMany();
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeRank(node.rank), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  /** How many active products offer a bandwidth. */
  countActiveProductsOfBandwidth(em: EntityManager, bandwidthId: string): Promise<number> {
    return em
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where(
        'p.id IN (SELECT pb.product_id FROM product_bandwidth pb WHERE pb.bandwidth_id = :bandwidthId)',
        {
          bandwidthId,
        },
      )
      .andWhere('p.deactivatedAt IS NULL')
      .getCount();
  }

  /** Replaces the bandwidths a product offers. */
  async replaceProductBandwidths(
    em: EntityManager,
    productId: string,
    bandwidthIds: string[],
  ): Promise<void> {
    const repo = em.getRepository(ProductBandwidthEntity);
    await repo.delete({ productId });
    if (bandwidthIds.length > 0)
      await repo.insert(bandwidthIds.map((bandwidthId) => ({ productId, bandwidthId })));
  }

  /** The bandwidths several products offer (for `Product.bandwidths`), each paired with its product, in rank order. */
  async bandwidthsOfProducts(
    em: EntityManager,
    productIds: readonly string[],
  ): Promise<{ productId: string; bandwidth: Bandwidth }[]> {
    if (productIds.length === 0) return [];
    const links = await em.getRepository(ProductBandwidthEntity).findBy({ productId: In([...productIds]) });
    const bandwidths = new Map(
      (await this.bandwidthsByIds(em, [...new Set(links.map((l) => l.bandwidthId))])).map((b) => [b.id, b]),
    );
    const pairs = links.flatMap((l) => {
      const bandwidth = bandwidths.get(l.bandwidthId);
      return bandwidth ? [{ productId: l.productId, bandwidth, rank: bandwidth.rank }] : [];
    });
    return inRankOrder(pairs).map(({ productId, bandwidth }) => ({ productId, bandwidth }));
  }
}
