import { z } from 'zod';
import { referenceItemUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import { applyReferenceAttributes, type ReferenceItem } from '../domain/reference-lists';
import type { ReferenceListRepository } from '../persistence/reference-lists.repository';
import { descriptionField, editedDescription } from './description-input';
import { idField, nameField, notFound } from './master-inputs';
import {
  attributeErrors,
  attributeFields,
  referenceItemState,
  sortOrderField,
} from './reference-item-inputs';

// GraphQL sends null for an omitted optional field; both mean "leave as it is". An empty description clears it.
const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  description: descriptionField,
  sortOrder: sortOrderField.nullish(),
  ...attributeFields,
});

/**
 * Edits a reference-list item's name, description, sort order and the attribute its kind takes (omitted
 * fields stay; its list and code never change), and publishes `reference_item.updated` with its whole state.
 */
export class UpdateReferenceItem {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ReferenceListRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<ReferenceItem>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, name, description, sortOrder, ...given } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.itemsByIds(tx.em, [id]);
      if (!found) return fail(notFound('reference item'));
      const invalid = attributeErrors(found.list, given, false);
      if (invalid.length > 0) return fail(...invalid);
      const updatedAt = new Date();
      const item: ReferenceItem = {
        ...found,
        name: name ?? found.name,
        description: editedDescription(found.description, description),
        sortOrder: sortOrder ?? found.sortOrder,
        ...applyReferenceAttributes(found.list, found, given),
        updatedAt,
      };
      await this.repo.saveItem(tx.em, item);
      await tx.events.publish(referenceItemUpdated, item.id, {
        ...referenceItemState(item),
        updatedAt: updatedAt.toISOString(),
      });
      return ok(item);
    });
  }
}
