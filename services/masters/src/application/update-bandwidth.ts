import { z } from 'zod';
import { bandwidthUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { bandwidthLabel, type Bandwidth } from '../domain/catalogue';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { idField, notFound, rankField } from './master-inputs';

const input = z.object({ id: idField('id'), rank: rankField });

/** Re-ranks a bandwidth (its value and unit never change) and publishes `bandwidth.updated`. */
export class UpdateBandwidth {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Bandwidth>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, rank } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.bandwidthsByIds(tx.em, [id]);
      if (!found) return fail(notFound('bandwidth'));
      const ranked = await this.repo.bandwidthByRank(tx.em, rank);
      if (ranked && ranked.id !== found.id) {
        return fail(
          userError(ErrorCode.DUPLICATE, `rank ${rank} is taken by ${bandwidthLabel(ranked)}`, [
            'input',
            'rank',
          ]),
        );
      }
      const updatedAt = new Date();
      const bandwidth: Bandwidth = { ...found, rank, updatedAt };
      await this.repo.saveBandwidth(tx.em, bandwidth);
      await tx.events.publish(bandwidthUpdated, bandwidth.id, {
        bandwidthId: bandwidth.id,
        value: bandwidth.value,
        unit: bandwidth.unit,
        rank,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(bandwidth);
    });
  }
}
