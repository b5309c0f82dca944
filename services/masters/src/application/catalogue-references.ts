import type { EntityManager } from 'typeorm';
import { ErrorCode, userError, type UserError } from '@oms/server';
import { isActive, MasterErrorCode } from '../domain/master-lifecycle';
import type { CatalogueRepository } from '../persistence/catalogue.repository';

/** Checks the category a product is put in: it must exist and be active. Null when it is fine. */
export async function categoryReferenceError(
  em: EntityManager,
  repo: CatalogueRepository,
  categoryId: string,
): Promise<UserError | null> {
  const [category] = await repo.categoriesByIds(em, [categoryId]);
  const field = ['input', 'categoryId'];
  if (!category) return userError(ErrorCode.REFERENCE_NOT_FOUND, 'no product category has this id', field);
  if (!isActive(category)) {
    return userError(
      MasterErrorCode.REFERENCE_INACTIVE,
      `product category ${category.code} is inactive`,
      field,
    );
  }
  return null;
}
