import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cityCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode, type City } from '../domain/geography';
import { isActive, MasterErrorCode } from '../domain/master-lifecycle';
import type { GeographyRepository } from '../persistence/geography.repository';

const input = z.object({
  stateId: z.string().trim().min(1, 'stateId is required'),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{2,20}$/, 'code must be 2–20 letters, digits or _'),
  name: z
    .string()
    .trim()
    .min(2, 'name must have at least 2 characters')
    .max(100, 'name must have at most 100 characters'),
});

/** Creates a city in an existing, active state and publishes `city.created`. */
export class CreateCity {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: GeographyRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<City>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    return this.uow.run(context, async (tx) => {
      const [state] = await this.repo.statesByIds(tx.em, [parsed.value.stateId]);
      if (!state) {
        return fail(userError(ErrorCode.REFERENCE_NOT_FOUND, 'no state has this id', ['input', 'stateId']));
      }
      if (!isActive(state)) {
        return fail(
          userError(MasterErrorCode.REFERENCE_INACTIVE, `state ${state.code} is inactive`, [
            'input',
            'stateId',
          ]),
        );
      }
      if (await this.repo.cityByCode(tx.em, code)) {
        return fail(
          userError(ErrorCode.DUPLICATE, `a city with code ${code} already exists`, ['input', 'code']),
        );
      }
      const city: City = {
        id: randomUUID(),
        stateId: state.id,
        code,
        name: parsed.value.name,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertCity(tx.em, city);
      await tx.events.publish(cityCreated, city.id, {
        cityId: city.id,
        stateId: city.stateId,
        code: city.code,
        name: city.name,
        createdAt: city.createdAt.toISOString(),
      });
      return ok(city);
    });
  }
}
