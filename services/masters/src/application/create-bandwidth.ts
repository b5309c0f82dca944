import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { bandwidthCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result, type UserError } from '@oms/server';
import { BANDWIDTH_UNITS, bandwidthLabel, type Bandwidth } from '../domain/catalogue';
import type { CatalogueRepository } from '../persistence/catalogue.repository';
import { rankField } from './master-inputs';

const input = z.object({
  value: z.number().int('value must be a whole number').positive('value must be positive'),
  unit: z.enum(BANDWIDTH_UNITS, 'unit must be KBPS, MBPS or GBPS'),
  rank: rankField,
});

/** Creates a bandwidth with a unique value/unit and a unique rank, and publishes `bandwidth.created`. */
export class CreateBandwidth {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: CatalogueRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Bandwidth>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { value, unit, rank } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const errors: UserError[] = [];
      if (await this.repo.bandwidthByValue(tx.em, value, unit)) {
        errors.push(
          userError(ErrorCode.DUPLICATE, `a bandwidth of ${bandwidthLabel({ value, unit })} already exists`, [
            'input',
            'value',
          ]),
        );
      }
      const ranked = await this.repo.bandwidthByRank(tx.em, rank);
      if (ranked) {
        errors.push(
          userError(ErrorCode.DUPLICATE, `rank ${rank} is taken by ${bandwidthLabel(ranked)}`, [
            'input',
            'rank',
          ]),
        );
      }
      if (errors.length > 0) return fail(...errors);
      const bandwidth: Bandwidth = {
        id: randomUUID(),
        value,
        unit,
        rank,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertBandwidth(tx.em, bandwidth);
      await tx.events.publish(bandwidthCreated, bandwidth.id, {
        bandwidthId: bandwidth.id,
        value,
        unit,
        rank,
        label: bandwidthLabel(bandwidth),
        createdAt: bandwidth.createdAt.toISOString(),
      });
      return ok(bandwidth);
    });
  }
}
