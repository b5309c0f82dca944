import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { namedRightCreated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import type { NamedRight } from '../domain/identity';
import type { AccessRepository } from '../persistence/access.repository';
import { descriptionField, descriptionOf } from './description-input';
import { namedRightState } from './identity-events';
import { namedRightCodeField } from './identity-inputs';
import { nameField } from './master-inputs';

const input = z.object({ code: namedRightCodeField, name: nameField, description: descriptionField });

/**
 * Adds a named right (a permission that is not about a menu, e.g. FEASIBILITY_RESPOND) with a unique,
 * immutable code, and publishes `named_right.created`. Nobody holds it yet, so no user's access changes.
 */
export class CreateNamedRight {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<NamedRight>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { code, name, description } = parsed.value;
    return this.uow.run(context, async (tx) => {
      if (await this.access.namedRightByCode(tx.em, code))
        return fail(
          userError(ErrorCode.DUPLICATE, `a named right with code ${code} already exists`, ['input', 'code']),
        );
      const right: NamedRight = {
        id: randomUUID(),
        code,
        name,
        description: descriptionOf(description),
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.access.insertNamedRight(tx.em, right);
      await tx.events.publish(namedRightCreated, right.id, {
        ...namedRightState(right),
        createdAt: right.createdAt.toISOString(),
      });
      return ok(right);
    });
  }
}
