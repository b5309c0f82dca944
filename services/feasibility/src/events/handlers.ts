import type { EventHandler } from '@oms/messaging';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import { branchHandlers } from './branch.consumers';
import { bsoCitySettingHandlers, bsoHandlers } from './bso.consumers';

/** The masters events feasibility consumes, by type: each keeps one of its local copies of masters data. */
export function feasibilityHandlers(copies: KnownMastersRepository): Record<string, EventHandler> {
  return {
    ...bsoHandlers(copies),
    ...bsoCitySettingHandlers(copies),
    ...branchHandlers(copies),
  };
}
