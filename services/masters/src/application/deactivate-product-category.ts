import { productCategoryDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { ProductCategory } from '../domain/catalogue';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/** Deactivates a product category once it has no active product, and publishes `product_category.deactivated`. */
export class DeactivateProductCategory {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<ProductCategory>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.categoriesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('product category'));
      const refusal = deactivationRefusal(
        found,
        `product category ${found.code}`,
        await this.repo.countActiveProductsOfCategory(tx.em, found.id),
        ['product', 'products'],
      );
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const category = deactivated(found, deactivatedAt);
      await this.repo.saveCategory(tx.em, category);
      await tx.events.publish(productCategoryDeactivated, category.id, {
        productCategoryId: category.id,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(category);
    });
  }
}
