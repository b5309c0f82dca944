import { z } from 'zod';
import { productBandwidthsSet } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result, type UserError } from '@oms/server';
import { bandwidthLabel, inRankOrder, type Product } from '../domain/catalogue';
import { isActive, MasterErrorCode } from '../domain/master-lifecycle';
import { distinctIds } from '../domain/organisation';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { idField } from './master-inputs';

const input = z.object({ productId: idField('productId'), bandwidthIds: z.array(idField('bandwidth id')) });

/**
 * Replaces the bandwidths a product offers (all must exist and be active; an empty list clears them) and
 * publishes `product.bandwidths_set` with the bandwidth ids in rank order.
 */
export class SetProductBandwidths {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Product>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const bandwidthIds = distinctIds(parsed.value.bandwidthIds);
    return this.uow.run(context, async (tx) => {
      const [product] = await this.repo.productsByIds(tx.em, [parsed.value.productId]);
      if (!product) {
        return fail(userError(ErrorCode.NOT_FOUND, 'no product has this id', ['input', 'productId']));
      }
      const found = new Map((await this.repo.bandwidthsByIds(tx.em, bandwidthIds)).map((b) => [b.id, b]));
      const errors: UserError[] = [];
      parsed.value.bandwidthIds.forEach((raw, index) => {
        const bandwidth = found.get(raw.trim());
        const field = ['input', 'bandwidthIds', String(index)];
        if (!bandwidth) {
          errors.push(userError(ErrorCode.REFERENCE_NOT_FOUND, `no bandwidth has the id ${raw}`, field));
        } else if (!isActive(bandwidth)) {
          errors.push(
            userError(
              MasterErrorCode.REFERENCE_INACTIVE,
              `bandwidth ${bandwidthLabel(bandwidth)} is inactive`,
              field,
            ),
          );
        }
      });
      if (errors.length > 0) return fail(...errors);
      const ranked = inRankOrder([...found.values()]).map((b) => b.id);
      await this.repo.replaceProductBandwidths(tx.em, product.id, ranked);
      await tx.events.publish(productBandwidthsSet, product.id, {
        productId: product.id,
        bandwidthIds: ranked,
        updatedAt: new Date().toISOString(),
      });
      return ok(product);
    });
  }
}
