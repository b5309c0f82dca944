import { zoneDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Zone } from '../domain/organisation';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/** Deactivates a zone once it has no active branch, and publishes `zone.deactivated`. */
export class DeactivateZone {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organisation: OrganisationRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Zone>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.organisation.zonesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('zone'));
      const refusal = deactivationRefusal(
        found,
        `zone ${found.code}`,
        await this.organisation.countActiveBranchesOfZone(tx.em, found.id),
        ['branch', 'branches'],
      );
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const zone = deactivated(found, deactivatedAt);
      await this.organisation.saveZone(tx.em, zone);
      await tx.events.publish(zoneDeactivated, zone.id, {
        zoneId: zone.id,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(zone);
    });
  }
}
