import { productCategoryUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { ProductCategory } from '../domain/catalogue';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { notFound, renameInput } from './master-inputs';

/** Renames a product category (its code never changes) and publishes `product_category.updated`. */
export class UpdateProductCategory {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<ProductCategory>> {
    const parsed = parseInput(renameInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.categoriesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('product category'));
      const updatedAt = new Date();
      const category: ProductCategory = { ...found, name: parsed.value.name, updatedAt };
      await this.repo.saveCategory(tx.em, category);
      await tx.events.publish(productCategoryUpdated, category.id, {
        productCategoryId: category.id,
        name: category.name,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(category);
    });
  }
}
