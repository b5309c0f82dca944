import { z } from 'zod';
import { bsoCitySettingUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import { mailRecipients, type BsoCitySetting } from '../domain/bso';
import type { BsoRepository } from '../persistence/bso.repository';
import { ccField, tatHoursField, toField } from './bso-inputs';
import { citySettingState } from './create-bso-city-setting';
import { idField, notFound } from './master-inputs';

// GraphQL sends null for an omitted optional field; both mean "leave as it is".
const input = z.object({
  id: idField('id'),
  to: toField.nullish(),
  cc: ccField.nullish(),
  tatHours: tatHoursField.nullish(),
});

/**
 * Edits a BSO city setting's recipients and/or TAT (omitted fields stay; `to` and `cc` replace their
 * lists; its BSO and city never change) and publishes `bso_city_setting.updated` with its whole state.
 */
export class UpdateBsoCitySetting {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: BsoRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<BsoCitySetting>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, to, cc, tatHours } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.citySettingsByIds(tx.em, [id]);
      if (!found) return fail(notFound('BSO city setting'));
      const updatedAt = new Date();
      const setting: BsoCitySetting = {
        ...found,
        ...mailRecipients(to ?? found.to, cc ?? found.cc),
        tatHours: tatHours ?? found.tatHours,
        updatedAt,
      };
      await this.repo.saveCitySetting(tx.em, setting);
      await tx.events.publish(bsoCitySettingUpdated, setting.id, {
        ...citySettingState(setting),
        updatedAt: updatedAt.toISOString(),
      });
      return ok(setting);
    });
  }
}
