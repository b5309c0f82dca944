import type { EntityManager } from 'typeorm';
import { ErrorCode, userError, type UserError } from '@oms/server';
import { isActive, MasterErrorCode } from '../domain/master-lifecycle';
import type { GeographyRepository } from '../persistence/geography.repository';
import type { OrganisationRepository } from '../persistence/organisation.repository';

/**
 * Checks what a branch refers to: its zone (when given) and its cities (when given) must exist and be
 * active. Returns one typed error per offending reference; none when all are fine.
 */
export async function branchReferenceErrors(
  em: EntityManager,
  repos: { geography: GeographyRepository; organisation: OrganisationRepository },
  refs: { zoneId?: string; cityIds?: string[] },
): Promise<UserError[]> {
  const errors: UserError[] = [];
  if (refs.zoneId !== undefined) {
    const [zone] = await repos.organisation.zonesByIds(em, [refs.zoneId]);
    if (!zone) {
      errors.push(userError(ErrorCode.REFERENCE_NOT_FOUND, 'no zone has this id', ['input', 'zoneId']));
    } else if (!isActive(zone)) {
      errors.push(
        userError(MasterErrorCode.REFERENCE_INACTIVE, `zone ${zone.code} is inactive`, ['input', 'zoneId']),
      );
    }
  }
  if (refs.cityIds !== undefined) {
    const found = new Map(
      (await repos.geography.citiesByIds(em, refs.cityIds)).map((city) => [city.id, city]),
    );
    refs.cityIds.forEach((cityId, index) => {
      const city = found.get(cityId);
      const field = ['input', 'cityIds', String(index)];
      if (!city) {
        errors.push(userError(ErrorCode.REFERENCE_NOT_FOUND, `no city has the id ${cityId}`, field));
      } else if (!isActive(city)) {
        errors.push(userError(MasterErrorCode.REFERENCE_INACTIVE, `city ${city.code} is inactive`, field));
      }
    });
  }
  return errors;
}
