import { productDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Product } from '../domain/catalogue';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/** Deactivates a product (nothing in masters depends on one) and publishes `product.deactivated`. */
export class DeactivateProduct {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Product>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.productsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('product'));
      const refusal = deactivationRefusal(found, `product ${found.code}`, 0, ['order', 'orders']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const product = deactivated(found, deactivatedAt);
      await this.repo.saveProduct(tx.em, product);
      await tx.events.publish(productDeactivated, product.id, {
        productId: product.id,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(product);
    });
  }
}
