import { stateUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { State } from '../domain/geography';
import type { GeographyRepository } from '../persistence/geography.repository';
import { notFound, renameInput } from './master-inputs';

/** Renames a state (its code never changes) and publishes `state.updated`. */
export class UpdateState {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: GeographyRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<State>> {
    const parsed = parseInput(renameInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.statesByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('state'));
      const updatedAt = new Date();
      const state: State = { ...found, name: parsed.value.name, updatedAt };
      await this.repo.saveState(tx.em, state);
      await tx.events.publish(stateUpdated, state.id, {
        stateId: state.id,
        name: state.name,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(state);
    });
  }
}
