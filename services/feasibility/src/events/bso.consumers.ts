import {
  bsoCitySettingCreated,
  bsoCitySettingDeactivated,
  bsoCitySettingUpdated,
  bsoCreated,
  bsoDeactivated,
  bsoUpdated,
} from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';

/**
 * Keeps feasibility's copy of masters BSOs (`known_bso`): `bso.created` upserts the row, `bso.updated`
 * replaces its name, `bso.deactivated` marks it inactive. A change to a BSO this copy never saw created is
 * ignored (masters keys every event by the BSO id, so `bso.created` always arrives first). Each event is
 * applied once (the consumer's inbox), and applying one again would change nothing.
 */
export function bsoHandlers(copies: KnownMastersRepository): Record<string, EventHandler> {
  return {
    [bsoCreated.type]: async (event, tx) => {
      const p = bsoCreated.payload.parse(event.payload);
      await copies.upsertBso(tx.em, { id: p.bsoId, code: p.code, name: p.name, active: true });
    },
    [bsoUpdated.type]: async (event, tx) => {
      const p = bsoUpdated.payload.parse(event.payload);
      await copies.changeBso(tx.em, p.bsoId, { name: p.name });
    },
    [bsoDeactivated.type]: async (event, tx) => {
      const p = bsoDeactivated.payload.parse(event.payload);
      await copies.changeBso(tx.em, p.bsoId, { active: false });
    },
  };
}

/**
 * Keeps feasibility's copy of masters BSO city settings (`known_bso_city_setting`): which BSO serves which
 * city, with its recipients and TAT. Every `bso_city_setting.*` event carries the setting's whole state, so
 * each one simply replaces the row (a deactivation arrives with `active: false`).
 */
export function bsoCitySettingHandlers(copies: KnownMastersRepository): Record<string, EventHandler> {
  const save: EventHandler = async (event, tx) => {
    // The three events share the setting's state; `created` parses every field of it.
    const p = bsoCitySettingCreated.payload.omit({ createdAt: true }).parse(event.payload);
    await copies.saveCitySetting(tx.em, {
      id: p.bsoCitySettingId,
      bsoId: p.bsoId,
      cityId: p.cityId,
      to: p.to,
      cc: p.cc,
      tatHours: p.tatHours,
      active: p.active,
    });
  };
  return {
    [bsoCitySettingCreated.type]: save,
    [bsoCitySettingUpdated.type]: save,
    [bsoCitySettingDeactivated.type]: save,
  };
}
