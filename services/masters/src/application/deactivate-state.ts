import { stateDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { State } from '../domain/geography';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { GeographyRepository } from '../persistence/geography.repository';
import { deactivateInput, notFound, refused } from './master-inputs';

/** Deactivates a state once no active city is in it, and publishes `state.deactivated`. */
export class DeactivateState {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly geography: GeographyRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<State>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.geography.statesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('state'));
      const refusal = deactivationRefusal(
        found,
        `state ${found.code}`,
        await this.geography.countActiveCitiesOfState(tx.em, found.id),
        ['city', 'cities'],
      );
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const state = deactivated(found, deactivatedAt);
      await this.geography.saveState(tx.em, state);
      await tx.events.publish(stateDeactivated, state.id, {
        stateId: state.id,
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(state);
    });
  }
}
