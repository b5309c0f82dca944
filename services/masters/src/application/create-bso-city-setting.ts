import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { bsoCitySettingCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { mailRecipients, type BsoCitySetting } from '../domain/bso';
import { isActive } from '../domain/master-lifecycle';
import type { BsoRepository } from '../persistence/bso.repository';
import type { GeographyRepository } from '../persistence/geography.repository';
import { ccField, tatHoursField, toField } from './bso-inputs';
import { checkBso, checkCity } from './bso-references';
import { idField } from './master-inputs';

const input = z.object({
  bsoId: idField('bsoId'),
  cityId: idField('cityId'),
  to: toField,
  cc: ccField.nullish(),
  tatHours: tatHoursField,
});

/** The whole state of a setting, as every `bso_city_setting.*` event carries it. */
export function citySettingState(setting: BsoCitySetting) {
  return {
    bsoCitySettingId: setting.id,
    bsoId: setting.bsoId,
    cityId: setting.cityId,
    to: setting.to,
    cc: setting.cc,
    tatHours: setting.tatHours,
    active: isActive(setting),
  };
}

/**
 * Sets up an active BSO to answer feasibility in an active city (mail recipients and TAT), one active
 * setting per BSO and city, and publishes `bso_city_setting.created`.
 */
export class CreateBsoCitySetting {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly geography: GeographyRepository,
    private readonly bsos: BsoRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<BsoCitySetting>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { bsoId, cityId, tatHours } = parsed.value;
    const { to, cc } = mailRecipients(parsed.value.to, parsed.value.cc ?? []);
    return this.uow.run(context, async (tx) => {
      const bso = await checkBso(tx.em, this.bsos, bsoId);
      const city = await checkCity(tx.em, this.geography, cityId);
      const errors = [bso.error, city.error].filter((e) => e !== null);
      if (bso.found && city.found && (await this.bsos.activeCitySetting(tx.em, bsoId, cityId))) {
        errors.unshift(
          userError(
            ErrorCode.DUPLICATE,
            `BSO ${bso.found.code} already has an active setting for city ${city.found.code}`,
            ['input', 'cityId'],
          ),
        );
      }
      if (errors.length > 0) return fail(...errors);
      const setting: BsoCitySetting = {
        id: randomUUID(),
        bsoId,
        cityId,
        to,
        cc,
        tatHours,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.bsos.insertCitySetting(tx.em, setting);
      await tx.events.publish(bsoCitySettingCreated, setting.id, {
        ...citySettingState(setting),
        createdAt: setting.createdAt.toISOString(),
      });
      return ok(setting);
    });
  }
}
