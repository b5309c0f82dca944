import { branchCreated, branchDeactivated, branchUpdated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';

/**
 * Keeps feasibility's copy of masters branches (`known_branch`): a request belongs to a branch, which must be
 * known and active. `branch.created` upserts the row; `branch.updated` replaces its name and cities;
 * `branch.deactivated` marks it inactive. A change to a branch this copy never saw created is ignored
 * (masters keys every event by the branch id, so `branch.created` always arrives first).
 */
export function branchHandlers(copies: KnownMastersRepository): Record<string, EventHandler> {
  return {
    [branchCreated.type]: async (event, tx) => {
      const p = branchCreated.payload.parse(event.payload);
      await copies.upsertBranch(tx.em, {
        id: p.branchId,
        code: p.code,
        name: p.name,
        cityIds: p.cityIds,
        active: true,
      });
    },
    [branchUpdated.type]: async (event, tx) => {
      const p = branchUpdated.payload.parse(event.payload);
      await copies.changeBranch(tx.em, p.branchId, { name: p.name, cityIds: p.cityIds });
    },
    [branchDeactivated.type]: async (event, tx) => {
      const p = branchDeactivated.payload.parse(event.payload);
      await copies.changeBranch(tx.em, p.branchId, { active: false });
    },
  };
}
