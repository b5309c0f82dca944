import { branchDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Branch } from '../domain/organisation';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/** Deactivates a branch (nothing depends on a branch inside masters yet) and publishes `branch.deactivated`. */
export class DeactivateBranch {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organisation: OrganisationRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Branch>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.organisation.branchesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('branch'));
      // Nothing in masters depends on a branch yet; users of a branch will count here once they live in masters.
      const refusal = deactivationRefusal(found, `branch ${found.code}`, 0, ['user', 'users']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const branch = deactivated(found, deactivatedAt);
      await this.organisation.saveBranchDeactivation(tx.em, branch);
      await tx.events.publish(branchDeactivated, branch.id, {
        branchId: branch.id,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(branch);
    });
  }
}
