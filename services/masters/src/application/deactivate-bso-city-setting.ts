import { bsoCitySettingDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { BsoCitySetting } from '../domain/bso';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { BsoRepository } from '../persistence/bso.repository';
import { citySettingState } from './create-bso-city-setting';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a BSO city setting (the BSO no longer serves that city; a new setting may be created for it
 * later) and publishes `bso_city_setting.deactivated` with its whole state.
 */
export class DeactivateBsoCitySetting {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: BsoRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<BsoCitySetting>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.citySettingsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('BSO city setting'));
      // Nothing in masters depends on a setting; only a second deactivation is refused.
      const refusal = deactivationRefusal(found, 'this BSO city setting', []);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const setting = deactivated(found, deactivatedAt);
      await this.repo.saveCitySetting(tx.em, setting);
      await tx.events.publish(bsoCitySettingDeactivated, setting.id, {
        ...citySettingState(setting),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(setting);
    });
  }
}
