import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { stateCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode, type State } from '../domain/geography';
import type { GeographyRepository } from '../persistence/geography.repository';

const input = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{2,10}$/, 'code must be 2–10 letters, digits or _'),
  name: z
    .string()
    .trim()
    .min(2, 'name must have at least 2 characters')
    .max(100, 'name must have at most 100 characters'),
});

/** Creates a state with a unique code and publishes `state.created`. */
export class CreateState {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: GeographyRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<State>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    return this.uow.run(context, async (tx) => {
      if (await this.repo.stateByCode(tx.em, code)) {
        return fail(
          userError(ErrorCode.DUPLICATE, `a state with code ${code} already exists`, ['input', 'code']),
        );
      }
      const state: State = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertState(tx.em, state);
      await tx.events.publish(stateCreated, state.id, {
        stateId: state.id,
        code: state.code,
        name: state.name,
        createdAt: state.createdAt.toISOString(),
      });
      return ok(state);
    });
  }
}
