import { z } from 'zod';
import { bsoUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { Bso } from '../domain/bso';
import type { BsoRepository } from '../persistence/bso.repository';
import { bsoContactsField } from './bso-inputs';
import { idField, nameField, notFound } from './master-inputs';

// GraphQL sends null for an omitted optional field; both mean "leave as it is".
const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  contacts: bsoContactsField.nullish(),
});

/**
 * Edits a BSO's name and/or contacts (omitted fields stay; `contacts` replaces the list; its code never
 * changes) and publishes `bso.updated` with its whole current name and contacts.
 */
export class UpdateBso {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: BsoRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Bso>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, name, contacts } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.bsosByIds(tx.em, [id]);
      if (!found) return fail(notFound('BSO'));
      const updatedAt = new Date();
      const bso: Bso = {
        ...found,
        name: name ?? found.name,
        contacts: contacts ?? found.contacts,
        updatedAt,
      };
      await this.repo.saveBso(tx.em, bso);
      await tx.events.publish(bsoUpdated, bso.id, {
        bsoId: bso.id,
        name: bso.name,
        contacts: bso.contacts,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(bso);
    });
  }
}
