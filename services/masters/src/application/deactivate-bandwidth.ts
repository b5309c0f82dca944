import { bandwidthDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import { bandwidthLabel, type Bandwidth } from '../domain/catalogue';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/** Deactivates a bandwidth once no active product offers it, and publishes `bandwidth.deactivated`. */
export class DeactivateBandwidth {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Bandwidth>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.bandwidthsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('bandwidth'));
      const refusal = deactivationRefusal(
        found,
        `bandwidth ${bandwidthLabel(found)}`,
        await this.repo.countActiveProductsOfBandwidth(tx.em, found.id),
        ['product', 'products'],
      );
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const bandwidth = deactivated(found, deactivatedAt);
      await this.repo.saveBandwidth(tx.em, bandwidth);
      await tx.events.publish(bandwidthDeactivated, bandwidth.id, {
        bandwidthId: bandwidth.id,
        value: bandwidth.value,
        unit: bandwidth.unit,
        rank: bandwidth.rank,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(bandwidth);
    });
  }
}
