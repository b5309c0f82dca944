import { cityUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { City } from '../domain/geography';
import type { GeographyRepository } from '../persistence/geography.repository';
import { notFound, renameInput } from './master-inputs';

/** Renames a city (its code never changes) and publishes `city.updated`. */
export class UpdateCity {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: GeographyRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<City>> {
    const parsed = parseInput(renameInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.citiesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('city'));
      const updatedAt = new Date();
      const city: City = { ...found, name: parsed.value.name, updatedAt };
      await this.repo.saveCity(tx.em, city);
      await tx.events.publish(cityUpdated, city.id, {
        cityId: city.id,
        name: city.name,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(city);
    });
  }
}
