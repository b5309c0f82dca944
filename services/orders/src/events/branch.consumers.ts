import { branchCreated, branchDeactivated, branchUpdated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { KnownBranchRepository } from '../persistence/known-branch.repository';

/**
 * Keeps orders' copy of masters branches (`known_branch`): leads belong to a branch, which must be known,
 * active and serve the lead's city. `branch.created` upserts the row; `branch.updated` replaces its name,
 * zone and cities; `branch.deactivated` marks it inactive. A change to a branch this copy never saw created
 * is ignored (masters keys every event by the branch id, so `branch.created` always arrives first). Each
 * event is applied once (the consumer's inbox), and applying one again would change nothing.
 */
export function branchHandlers(branches: KnownBranchRepository): Record<string, EventHandler> {
  return {
    [branchCreated.type]: async (event, tx) => {
      const p = branchCreated.payload.parse(event.payload);
      await branches.upsert(tx.em, {
        id: p.branchId,
        code: p.code,
        name: p.name,
        zoneId: p.zoneId,
        cityIds: p.cityIds,
        active: true,
      });
    },
    [branchUpdated.type]: async (event, tx) => {
      const p = branchUpdated.payload.parse(event.payload);
      await branches.change(tx.em, p.branchId, { name: p.name, zoneId: p.zoneId, cityIds: p.cityIds });
    },
    [branchDeactivated.type]: async (event, tx) => {
      const p = branchDeactivated.payload.parse(event.payload);
      await branches.change(tx.em, p.branchId, { active: false });
    },
  };
}
