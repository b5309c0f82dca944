import { cityDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { City } from '../domain/geography';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { BsoRepository } from '../persistence/bso.repository';
import type { GeographyRepository } from '../persistence/geography.repository';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import type { TeamRepository } from '../persistence/teams.repository';
import type { UserRepository } from '../persistence/users.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a city once no active branch serves it, no BSO has an active setting for it, no active user
 * has it among their installation cities and no active team lists it, and publishes `city.deactivated`.
 */
export class DeactivateCity {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly geography: GeographyRepository,
    private readonly organisation: OrganisationRepository,
    private readonly bsos: BsoRepository,
    private readonly users: UserRepository,
    private readonly teams: TeamRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<City>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.geography.citiesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('city'));
      const refusal = deactivationRefusal(found, `city ${found.code}`, [
        {
          count: await this.organisation.countActiveBranchesOfCity(tx.em, found.id),
          nouns: ['branch', 'branches'],
        },
        {
          count: await this.bsos.countActiveCitySettingsOfCity(tx.em, found.id),
          nouns: ['BSO city setting', 'BSO city settings'],
        },
        {
          count: await this.users.countActiveUsersWithInstallationCity(tx.em, found.id),
          nouns: ['user', 'users'],
        },
        {
          count: await this.teams.countActiveTeamsListingCity(tx.em, found.id),
          nouns: ['team', 'teams'],
        },
      ]);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const city = deactivated(found, deactivatedAt);
      await this.geography.saveCity(tx.em, city);
      await tx.events.publish(cityDeactivated, city.id, {
        cityId: city.id,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(city);
    });
  }
}
