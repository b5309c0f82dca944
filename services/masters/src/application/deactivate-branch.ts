import { branchDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Branch } from '../domain/organisation';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import type { TeamRepository } from '../persistence/teams.repository';
import type { UserRepository } from '../persistence/users.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a branch once no active user has it as home or further branch and no active team works for
 * it (their access and work queues would point at a closed branch), and publishes `branch.deactivated`.
 */
export class DeactivateBranch {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organisation: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly teams: TeamRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Branch>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.organisation.branchesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('branch'));
      const refusal = deactivationRefusal(found, `branch ${found.code}`, [
        { count: await this.users.countActiveUsersOfBranch(tx.em, found.id), nouns: ['user', 'users'] },
        { count: await this.teams.countActiveTeamsOfBranch(tx.em, found.id), nouns: ['team', 'teams'] },
      ]);
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
