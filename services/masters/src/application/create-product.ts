import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { productCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result, type UserError } from '@oms/server';
import type { Product } from '../domain/catalogue';
import { normalizeCode } from '../domain/geography';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { categoryReferenceError } from './catalogue-references';
import { codeField, idField, nameField } from './master-inputs';

const input = z.object({ code: codeField(20), name: nameField, categoryId: idField('categoryId') });

/** Creates a product with a unique code in an active category, and publishes `product.created`. */
export class CreateProduct {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Product>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    const { categoryId } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const errors: UserError[] = [];
      if (await this.repo.productByCode(tx.em, code)) {
        errors.push(
          userError(ErrorCode.DUPLICATE, `a product with code ${code} already exists`, ['input', 'code']),
        );
      }
      const categoryError = await categoryReferenceError(tx.em, this.repo, categoryId);
      if (categoryError) errors.push(categoryError);
      if (errors.length > 0) return fail(...errors);
      const product: Product = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        categoryId,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertProduct(tx.em, product);
      await tx.events.publish(productCreated, product.id, {
        productId: product.id,
        code: product.code,
        name: product.name,
        categoryId: product.categoryId,
        createdAt: product.createdAt.toISOString(),
      });
      return ok(product);
    });
  }
}
