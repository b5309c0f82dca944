import { bsoDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Bso } from '../domain/bso';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { BsoRepository } from '../persistence/bso.repository';
import type { UserRepository } from '../persistence/users.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a BSO once none of its city settings and none of its partner accounts is active (a partner
 * user of a closed BSO would still answer its feasibility requests), and publishes `bso.deactivated`.
 */
export class DeactivateBso {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: BsoRepository,
    private readonly users: UserRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Bso>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.bsosByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('BSO'));
      const refusal = deactivationRefusal(found, `BSO ${found.code}`, [
        {
          count: await this.repo.countActiveCitySettingsOfBso(tx.em, found.id),
          nouns: ['city setting', 'city settings'],
        },
        {
          count: await this.users.countActiveUsersOfBso(tx.em, found.id),
          nouns: ['partner user', 'partner users'],
        },
      ]);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const bso = deactivated(found, deactivatedAt);
      await this.repo.saveBso(tx.em, bso);
      await tx.events.publish(bsoDeactivated, bso.id, {
        bsoId: bso.id,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(bso);
    });
  }
}
