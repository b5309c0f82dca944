import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { productCategoryCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import type { ProductCategory } from '../domain/catalogue';
import { normalizeCode } from '../domain/geography';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { codeField, nameField } from './master-inputs';

const input = z.object({ code: codeField(20), name: nameField });

/** Creates a product category with a unique code and publishes `product_category.created`. */
export class CreateProductCategory {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<ProductCategory>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    return this.uow.run(context, async (tx) => {
      if (await this.repo.categoryByCode(tx.em, code)) {
        return fail(
          userError(ErrorCode.DUPLICATE, `a product category with code ${code} already exists`, [
            'input',
            'code',
          ]),
        );
      }
      const category: ProductCategory = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertCategory(tx.em, category);
      await tx.events.publish(productCategoryCreated, category.id, {
        productCategoryId: category.id,
        code: category.code,
        name: category.name,
        createdAt: category.createdAt.toISOString(),
      });
      return ok(category);
    });
  }
}
