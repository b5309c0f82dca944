import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { referenceItemCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode } from '../domain/geography';
import {
  applyReferenceAttributes,
  REFERENCE_LIST_KINDS,
  type ReferenceItem,
} from '../domain/reference-lists';
import type { ReferenceListRepository } from '../persistence/reference-lists.repository';
import { descriptionField, descriptionOf } from './description-input';
import { codeField, nameField } from './master-inputs';
import {
  attributeErrors,
  attributeFields,
  referenceItemState,
  sortOrderField,
} from './reference-item-inputs';

const input = z.object({
  list: z.enum(REFERENCE_LIST_KINDS, 'list must be a ReferenceListKind'),
  code: codeField(30),
  name: nameField,
  description: descriptionField,
  sortOrder: sortOrderField.nullish(),
  ...attributeFields,
});

/**
 * Adds an item to a reference list: a code unique within the list, and the typed attribute its kind takes
 * (payment term days, billing cycle months, price component charge). Publishes `reference_item.created`.
 */
export class CreateReferenceItem {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ReferenceListRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<ReferenceItem>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { list, code: rawCode, name, description, sortOrder, ...given } = parsed.value;
    const invalid = attributeErrors(list, given, true);
    if (invalid.length > 0) return fail(...invalid);
    const code = normalizeCode(rawCode);
    return this.uow.run(context, async (tx) => {
      if (await this.repo.itemByCode(tx.em, list, code)) {
        return fail(
          userError(ErrorCode.DUPLICATE, `${list} already has an item with code ${code}`, ['input', 'code']),
        );
      }
      const item: ReferenceItem = {
        id: randomUUID(),
        list,
        code,
        name,
        description: descriptionOf(description),
        sortOrder: sortOrder ?? 0,
        ...applyReferenceAttributes(list, { days: null, months: null, charge: null }, given),
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertItem(tx.em, item);
      await tx.events.publish(referenceItemCreated, item.id, {
        ...referenceItemState(item),
        createdAt: item.createdAt.toISOString(),
      });
      return ok(item);
    });
  }
}
