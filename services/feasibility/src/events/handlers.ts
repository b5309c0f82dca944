import type { EventHandler } from '@oms/messaging';
import type { WithdrawFeasibilityRequest } from '../application/withdraw-feasibility-request';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import { branchHandlers } from './branch.consumers';
import { bsoCitySettingHandlers, bsoHandlers } from './bso.consumers';
import { leadHandlers } from './lead.consumers';

/**
 * The events feasibility consumes, by type: masters' keep its local copies of masters data; orders' cancelled
 * leads withdraw their waiting requests.
 */
export function feasibilityHandlers(
  copies: KnownMastersRepository,
  withdraw: WithdrawFeasibilityRequest,
): Record<string, EventHandler> {
  return {
    ...leadHandlers(withdraw),
    ...bsoHandlers(copies),
    ...bsoCitySettingHandlers(copies),
    ...branchHandlers(copies),
  };
}
