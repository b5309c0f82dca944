import type { Database, Page } from '@oms/persistence';
import type { Bandwidth, Product, ProductCategory } from '../domain/catalogue';
import type {
  BandwidthListFilter,
  CatalogueRepository,
  ProductCategoryListFilter,
  ProductListFilter,
} from '../persistence/catalogue.repository';
import type { ListArgs } from '../persistence/geography.repository';

/** Read side of product categories, products and bandwidths (no transaction needed). */
export class CatalogueQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: CatalogueRepository,
  ) {}

  categoriesByIds(ids: readonly string[]): Promise<ProductCategory[]> {
    return this.db.read((em) => this.repo.categoriesByIds(em, ids));
  }

  productsByIds(ids: readonly string[]): Promise<Product[]> {
    return this.db.read((em) => this.repo.productsByIds(em, ids));
  }

  bandwidthsByIds(ids: readonly string[]): Promise<Bandwidth[]> {
    return this.db.read((em) => this.repo.bandwidthsByIds(em, ids));
  }

  productsOfCategories(categoryIds: readonly string[]): Promise<Product[]> {
    return this.db.read((em) => this.repo.productsOfCategories(em, categoryIds));
  }

  bandwidthsOfProducts(
    productIds: readonly string[],
  ): Promise<{ productId: string; bandwidth: Bandwidth }[]> {
    return this.db.read((em) => this.repo.bandwidthsOfProducts(em, productIds));
  }

  listCategories(args: ListArgs<ProductCategoryListFilter>): Promise<Page<ProductCategory>> {
    return this.db.read((em) => this.repo.listCategories(em, args));
  }

  listProducts(args: ListArgs<ProductListFilter>): Promise<Page<Product>> {
    return this.db.read((em) => this.repo.listProducts(em, args));
  }

  listBandwidths(args: ListArgs<BandwidthListFilter>): Promise<Page<Bandwidth>> {
    return this.db.read((em) => this.repo.listBandwidths(em, args));
  }
}
