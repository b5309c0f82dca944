import { zoneUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Zone } from '../domain/organisation';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import { notFound, renameInput } from './master-inputs';

/** Renames a zone (its code never changes) and publishes `zone.updated`. */
export class UpdateZone {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganisationRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Zone>> {
    const parsed = parseInput(renameInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.zonesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('zone'));
      const updatedAt = new Date();
      const zone: Zone = { ...found, name: parsed.value.name, updatedAt };
      await this.repo.saveZone(tx.em, zone);
      await tx.events.publish(zoneUpdated, zone.id, {
        zoneId: zone.id,
        name: zone.name,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(zone);
    });
  }
}
