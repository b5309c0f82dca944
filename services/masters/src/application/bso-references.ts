import type { EntityManager } from 'typeorm';
import { ErrorCode, userError, type UserError } from '@oms/server';
import type { Bso } from '../domain/bso';
import type { City } from '../domain/geography';
import { isActive, MasterErrorCode } from '../domain/master-lifecycle';
import type { BsoRepository } from '../persistence/bso.repository';
import type { GeographyRepository } from '../persistence/geography.repository';

/** A reference that was checked: the record when it is usable, or the typed error why not. */
export type Checked<T> = { found: T; error: null } | { found: T | null; error: UserError };

/** Checks the BSO a setting refers to (`input.bsoId`): it must exist and be active. */
export async function checkBso(em: EntityManager, repo: BsoRepository, bsoId: string): Promise<Checked<Bso>> {
  const [bso] = await repo.bsosByIds(em, [bsoId]);
  const field = ['input', 'bsoId'];
  if (!bso)
    return { found: null, error: userError(ErrorCode.REFERENCE_NOT_FOUND, 'no BSO has this id', field) };
  if (!isActive(bso)) {
    return {
      found: bso,
      error: userError(MasterErrorCode.REFERENCE_INACTIVE, `BSO ${bso.code} is inactive`, field),
    };
  }
  return { found: bso, error: null };
}

/** Checks the city a BSO setting is for (`input.cityId`): it must exist and be active. */
export async function checkCity(
  em: EntityManager,
  repo: GeographyRepository,
  cityId: string,
): Promise<Checked<City>> {
  const [city] = await repo.citiesByIds(em, [cityId]);
  const field = ['input', 'cityId'];
  if (!city)
    return { found: null, error: userError(ErrorCode.REFERENCE_NOT_FOUND, 'no city has this id', field) };
  if (!isActive(city)) {
    return {
      found: city,
      error: userError(MasterErrorCode.REFERENCE_INACTIVE, `city ${city.code} is inactive`, field),
    };
  }
  return { found: city, error: null };
}
