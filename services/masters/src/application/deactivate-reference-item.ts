import { referenceItemDeactivated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import type { ReferenceItem } from '../domain/reference-lists';
import type { ReferenceListRepository } from '../persistence/reference-lists.repository';
import { deactivateInput, notFound, refused } from './master-inputs';
import { referenceItemState } from './reference-item-inputs';

/**
 * Deactivates a reference-list item, so dropdowns stop offering it while records that chose it keep it, and
 * publishes `reference_item.deactivated`.
 */
export class DeactivateReferenceItem {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ReferenceListRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<ReferenceItem>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.itemsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('reference item'));
      // Records in other services that chose an item keep it; nothing inside masters depends on one.
      const refusal = deactivationRefusal(found, `${found.list} ${found.code}`, 0, ['record', 'records']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const item = deactivated(found, deactivatedAt);
      await this.repo.saveItem(tx.em, item);
      await tx.events.publish(referenceItemDeactivated, item.id, {
        ...referenceItemState(item),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      return ok(item);
    });
  }
}
