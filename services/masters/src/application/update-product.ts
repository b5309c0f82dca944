import { z } from 'zod';
import { productUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Product } from '../domain/catalogue';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { categoryReferenceError } from './catalogue-references';
import { idField, nameField, notFound } from './master-inputs';

// GraphQL sends null for an omitted optional field; both mean "leave as it is".
const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  categoryId: idField('categoryId').nullish(),
});

/**
 * Edits a product's name and/or category (omitted fields stay; its code never changes) and publishes
 * `product.updated` with its whole current name and category.
 */
export class UpdateProduct {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Product>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, name, categoryId } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.productsByIds(tx.em, [id]);
      if (!found) return fail(notFound('product'));
      if (categoryId && categoryId !== found.categoryId) {
        const categoryError = await categoryReferenceError(tx.em, this.repo, categoryId);
        if (categoryError) return fail(categoryError);
      }
      const updatedAt = new Date();
      const product: Product = {
        ...found,
        name: name ?? found.name,
        categoryId: categoryId ?? found.categoryId,
        updatedAt,
      };
      await this.repo.saveProduct(tx.em, product);
      await tx.events.publish(productUpdated, product.id, {
        productId: product.id,
        name: product.name,
        categoryId: product.categoryId,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(product);
    });
  }
}
