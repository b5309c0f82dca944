import { z } from 'zod';
import { namedRightUpdated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { NamedRight } from '../domain/identity';
import type { AccessRepository } from '../persistence/access.repository';
import { descriptionField, editedDescription } from './description-input';
import { namedRightState } from './identity-events';
import { idField, nameField, notFound } from './master-inputs';

const input = z.object({ id: idField('id'), name: nameField.nullish(), description: descriptionField });

/**
 * Edits a named right's name and description (omitted fields stay; an empty description clears it; the code
 * never changes, so nobody's access changes) and publishes `named_right.updated`.
 */
export class UpdateNamedRight {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<NamedRight>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.access.namedRightsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('named right'));
      const right: NamedRight = {
        ...found,
        name: parsed.value.name ?? found.name,
        description: editedDescription(found.description, parsed.value.description),
        updatedAt: new Date(),
      };
      await this.access.saveNamedRight(tx.em, right);
      await tx.events.publish(namedRightUpdated, right.id, {
        ...namedRightState(right),
        updatedAt: (right.updatedAt as Date).toISOString(),
      });
      return ok(right);
    });
  }
}
